package dev.directsupply.admission.application;

import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * DS-3.4 step 6: the cooperation agreement with an approved prospect was signed by both sides; the customer
 * becomes active with it. A new customer's agreement carries a credit guarantee or a prepayment, at least
 * the one its application offered (DS-3.3.2).
 */
public record SignCooperationAgreement(@NotNull ApplicationId applicationId,
                                       @Valid @NotNull AgreementDetails agreement) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.SIGN_AGREEMENT;
    }
}
