package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * DS-3.4 step 3: the prospect's credit is evaluated now by the risk module's scorecard and the report is
 * attached (DS-3.3.2); the declared annual purchase is confirmed or corrected, in the policy currency.
 */
public record EvaluateApplicantCredit(@NotNull ApplicationId applicationId,
                                      @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
                                      BigDecimal confirmedAnnualPurchase,
                                      @MultiLine @NotBlank @Size(max = 2000) String note) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.EVALUATE_CREDIT;
    }
}
