package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/**
 * The payment terms (DS-3.4 step 6, DS-3.3.2): how many days after invoicing payment is due, the share of
 * each order paid in advance, and the credit guarantee the customer gives.
 *
 * @param guarantee the amount guaranteed; zero when there is none
 */
public record PaymentTerms(int days, BigDecimal prepaymentRatio, Money guarantee) {
    public PaymentTerms {
        Require.nonNull(prepaymentRatio, "prepaymentRatio", guarantee, "guarantee");
        if (days < 0) {
            throw new IllegalArgumentException("payment is due 0 days or more after invoicing, not " + days);
        }
    }

    /** Whether the customer pays some of each order in advance or gives a guarantee (DS-3.3.2). */
    public boolean isSecured() {
        return prepaymentRatio.signum() > 0 || guarantee.isPositive();
    }
}
