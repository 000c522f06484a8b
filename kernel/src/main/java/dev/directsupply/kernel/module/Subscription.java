package dev.directsupply.kernel.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subscriber to one event type, delivered at least once by the SDK's relay.
 *
 * @param name      short and stable (lower-case letters, digits, hyphens; up to 27): deliveries are noted under it
 * @param eventType e.g. {@code orders.OrderAccepted}
 * @param module    whether it is a module's own {@link Reaction}, whose commands' writes the relay may
 *                  store together with the other reactions of a run (ADR 0032); a host's subscriber is not
 */
public record Subscription(String name, String eventType, EventHandler handler, boolean module) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,26}");

    public Subscription {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a subscriber's name is 1 to 27 lower-case letters, digits and "
                + "hyphens, starting with a letter, not '" + name + "'");
        }
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(handler, "handler");
    }

    /** A host's subscriber. */
    public Subscription(String name, String eventType, EventHandler handler) {
        this(name, eventType, handler, false);
    }
}
