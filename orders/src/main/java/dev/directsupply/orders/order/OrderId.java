package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id of an {@link Order}. */
public record OrderId(String value) implements Identifier {
    public OrderId {
        Identifier.require("OrderId", value);
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    /**
     * The id a submission gets: the same customer and idempotency key always give the same id, so a
     * submission repeated by any number of threads or hosts lands on one order (DS-4.1.1).
     */
    public static OrderId forSubmission(CustomerId customer, String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((customer.value() + '\n' + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return new OrderId("SO-" + HexFormat.of().formatHex(digest, 0, 12).toUpperCase(java.util.Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
