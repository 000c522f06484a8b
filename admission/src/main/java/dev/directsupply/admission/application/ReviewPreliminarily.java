package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * DS-3.4 step 2: the basic information and the admission conditions checked; {@code verdict} is a
 * {@link PreliminaryVerdict} code, and whether a major violation is on record is part of the check (DS-3.3.1).
 */
public record ReviewPreliminarily(@NotNull ApplicationId applicationId,
                                  @NotBlank @OneOf(value = PreliminaryVerdict.class, rule = "DS-3.4") String verdict,
                                  @NotNull Boolean majorViolationFound,
                                  @MultiLine @NotBlank @Size(max = 2000) String opinion) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.REVIEW_PRELIMINARILY;
    }
}
