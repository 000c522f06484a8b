package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/**
 * How a discrepancy was settled by agreement (DS-4.2.4): a replacement shipment or a return of so many units,
 * or a credit note or price discount of an amount, on terms both sides consented to.
 *
 * @param amount   the credit or discount; null for a replacement or a return
 * @param quantity the units replaced or returned; null for a credit note or a discount
 */
public record Resolution(ResolutionKind kind, Money amount, BigDecimal quantity, String terms, Consent consent) {
    public Resolution {
        Require.nonNull(kind, "kind", terms, "terms", consent, "consent");
    }
}
