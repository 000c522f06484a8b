package dev.directsupply.risk.account;

import dev.directsupply.kernel.Identifier;

/** The order a reservation or hold belongs to, as the orders module names it. */
public record OrderReference(String value) implements Identifier {
    public OrderReference {
        Identifier.require("OrderReference", value);
    }

    public static OrderReference of(String value) {
        return new OrderReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
