package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The payment terms: days from invoice to payment, the share of each order paid in advance (0 to 1), and
 * the credit guarantee in the policy currency (0 for none). A new customer gives one of the two (DS-3.3.2).
 */
public record PaymentDetails(@InRange(min = 0, max = 365, rule = "DS-6.2.1") int days,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
                             BigDecimal prepaymentRatio,
                             @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal guarantee) {

    PaymentTerms toTerms(Currency currency) {
        return new PaymentTerms(days, prepaymentRatio, Money.of(guarantee, currency));
    }
}
