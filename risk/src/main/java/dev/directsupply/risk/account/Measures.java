package dev.directsupply.risk.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The mitigation measures of one row of the measure table (DS-6.2.1): prepayment ratio, payment
 * terms, whether an additional guarantee is required, and whether the customer is on credit stop.
 */
public record Measures(BigDecimal prepaymentRatio, int paymentTermDays, boolean guaranteeRequired,
                       boolean creditStop) {

    public Measures {
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
    }

    public CreditTerms terms() {
        return new CreditTerms(prepaymentRatio, paymentTermDays, guaranteeRequired);
    }

    /** The stricter of two sets, term by term. */
    public Measures strictest(Measures other) {
        return new Measures(prepaymentRatio.max(other.prepaymentRatio),
            Math.min(paymentTermDays, other.paymentTermDays), guaranteeRequired || other.guaranteeRequired,
            creditStop || other.creditStop);
    }
}
