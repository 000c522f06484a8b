package dev.directsupply.admission.application;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * DS-3.4 step 5: management approves or rejects ({@link FinalVerdict} code), confirming the strategic
 * importance ({@link StrategicImportance} code, DS-2.2.3) with its reason.
 */
public record DecideAdmission(@NotNull ApplicationId applicationId,
                              @NotBlank @OneOf(value = FinalVerdict.class, rule = "DS-3.4") String verdict,
                              @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String importance,
                              @MultiLine @NotBlank @Size(max = 2000) String reason) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.DECIDE;
    }
}
