package dev.directsupply.orders.order;

import dev.directsupply.kernel.Money;
import java.util.Objects;

/** A product's price in an agreement: so much per unit. */
public record AgreedPrice(Money unitPrice, String unit) {
    public AgreedPrice {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unit, "unit");
    }
}
