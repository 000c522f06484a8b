package dev.directsupply.orders.order;

import dev.directsupply.kernel.Identifier;

/** A product's code in the catalogue. */
public record ProductCode(String value) implements Identifier {
    public ProductCode {
        Identifier.require("ProductCode", value);
    }

    public static ProductCode of(String value) {
        return new ProductCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
