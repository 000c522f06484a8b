package dev.directsupply.orders.order;

import java.util.Objects;

/**
 * A place the agreement delivers to, and how long transport there takes.
 *
 * @param code the code orders name it by, e.g. {@code SH-WH1}
 */
public record DeliveryPlace(String code, String address, int transportDays) {
    public DeliveryPlace {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(address, "address");
        if (transportDays < 0) {
            throw new IllegalArgumentException(code + ": transport takes zero or more days");
        }
    }
}
