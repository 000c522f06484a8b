package dev.directsupply.risk.account;

import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.risk.credit.CreditGrade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The policy parameters of the credit check for orders (DS-4.1.2, DS-3.3.2), the {@code creditCheck}
 * section. The policy asks for the check and for a new customer's guarantee or prepayment; the values
 * are the company's choice.
 *
 * @param watchShare                 the share of the limit from which an approved order is flagged for watching
 * @param overdueToleranceDays       days past due an order may still be approved with
 * @param orderMinimumGrade          the lowest grade an order is approved at
 * @param newCustomerMonths          how long a customer counts as new (DS-3.3.2)
 * @param newCustomerPrepaymentRatio what a new customer without a guarantee prepays (DS-3.3.2)
 */
public record CreditCheckParameters(
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal watchShare,
    @InRange(min = 0, max = 3660, rule = "DS-4.1.2") int overdueToleranceDays,
    @NotNull CreditGrade orderMinimumGrade,
    @InRange(min = 0, max = 120, rule = "DS-3.3.2") int newCustomerMonths,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal newCustomerPrepaymentRatio) {

    public static final ParameterSection<CreditCheckParameters> SECTION = ParameterSection.of("creditCheck",
        CreditCheckParameters.class, "/dev/directsupply/risk/policy-defaults.json");
}
