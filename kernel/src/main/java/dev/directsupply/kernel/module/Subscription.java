package dev.directsupply.kernel.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subscriber to one event type, delivered at least once by the SDK's relay.
 *
 * @param name      short and stable (lower-case letters, digits, hyphens; up to 27): deliveries are noted under it
 * @param eventType e.g. {@code orders.OrderAccepted}
 */
public record Subscription(String name, String eventType, EventHandler handler) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,26}");

    public Subscription {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a subscriber's name is 1 to 27 lower-case letters, digits and "
                + "hyphens, starting with a letter, not '" + name + "'");
        }
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(handler, "handler");
    }
}
