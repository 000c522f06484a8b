package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.util.Objects;

/** A quantity of one order line: shipped, accepted, or newly agreed. */
public record LineQuantity(int line, BigDecimal quantity) {
    public LineQuantity {
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("line " + line + ": a quantity cannot be negative");
        }
    }
}
