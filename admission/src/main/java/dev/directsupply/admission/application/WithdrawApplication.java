package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The applicant withdraws its application, for the reason it gives. */
public record WithdrawApplication(@NotNull ApplicationId applicationId,
                                  @MultiLine @NotBlank @Size(max = 1000) String reason) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.APPLY;
    }
}
