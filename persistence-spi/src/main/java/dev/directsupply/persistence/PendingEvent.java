package dev.directsupply.persistence;

import java.util.Objects;

/**
 * An outbox event not yet dispatched, with the sequence number the store gave it. Sequence numbers
 * grow as events are written, so reading pending events by sequence preserves each aggregate's order
 * (its versions are written one after another); events of different aggregates written at the same
 * moment may be numbered in either order.
 */
public record PendingEvent(long sequence, OutboxEvent event) {

    public PendingEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more but was " + sequence);
        }
        Objects.requireNonNull(event, "event");
    }
}
