package dev.directsupply.admission.application;

import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The security a new customer offers (DS-3.3.2).
 *
 * @param guarantee       the amount guaranteed, for a {@link SecurityKind#GUARANTEE}
 * @param prepaymentRatio the share of each order paid in advance, above 0 and at most 1, for a
 *                        {@link SecurityKind#PREPAYMENT}
 */
public record SecurityOffer(SecurityKind kind, Money guarantee, BigDecimal prepaymentRatio) {
    public static final SecurityOffer NONE = new SecurityOffer(SecurityKind.NONE, null, null);

    public SecurityOffer {
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether something is offered. */
    public boolean isOffered() {
        return kind != SecurityKind.NONE;
    }
}
