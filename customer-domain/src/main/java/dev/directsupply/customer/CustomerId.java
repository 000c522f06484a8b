package dev.directsupply.customer;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link Customer}. */
public record CustomerId(String value) implements Identifier {
    public CustomerId {
        Identifier.require("CustomerId", value);
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /** A new random id. */
    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
