package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;

/** A product's list price in the agreement: so much per unit, before the agreement's discount. */
public record PriceLine(String product, String unit, Money listPrice) {
    public PriceLine {
        Require.nonNull(product, "product", unit, "unit", listPrice, "listPrice");
    }
}
