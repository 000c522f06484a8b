package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * DS-3.4 step 6: the cooperation agreement with an approved prospect was signed by both sides on a day;
 * the customer becomes active with it.
 */
public record SignCooperationAgreement(@NotNull ApplicationId applicationId,
                                       @NotBlank @Size(max = 64) String agreementReference,
                                       @NotNull @PastOrPresent LocalDate signedOn,
                                       @NotBlank @Size(max = 100) String companySignatory,
                                       @NotBlank @Size(max = 100) String customerSignatory) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.SIGN_AGREEMENT;
    }
}
