package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * DS-3.4 step 4: staff visited the prospect on a day, and record what they found and whether the storage
 * and transport conditions it declared are there (DS-3.3.3).
 */
public record RecordSiteInspection(@NotNull ApplicationId applicationId, @NotNull @PastOrPresent LocalDate visitedOn,
                                   @MultiLine @NotBlank @Size(max = 4000) String findings,
                                   @NotNull Boolean conditionsConfirmed) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.INSPECT;
    }
}
