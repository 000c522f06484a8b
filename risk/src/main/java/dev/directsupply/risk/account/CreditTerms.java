package dev.directsupply.risk.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The terms a customer trades on: the share of an order paid before delivery, the days an invoice
 * is due after issue, and whether an additional guarantee is required (DS-6.2.1).
 */
public record CreditTerms(BigDecimal prepaymentRatio, int paymentTermDays, boolean guaranteeRequired) {

    public CreditTerms {
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
        if (prepaymentRatio.signum() < 0 || prepaymentRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a prepayment ratio is from 0 to 1, not " + prepaymentRatio);
        }
        if (paymentTermDays < 0) {
            throw new IllegalArgumentException("payment terms are 0 days or more, not " + paymentTermDays);
        }
    }
}
