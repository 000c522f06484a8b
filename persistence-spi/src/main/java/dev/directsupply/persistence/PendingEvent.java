package dev.directsupply.persistence;

import java.util.Objects;

/**
 * An outbox event not yet dispatched, with the sequence number the store gave it. A sequence number
 * names one event for good (it does not change while the event waits, and is not given to another);
 * sequence numbers grow as events are written, so reading pending events by sequence preserves each
 * batch's order and each aggregate's order (its versions are written one after another), whatever
 * the events' {@link OutboxEvent#occurredAt()} say; events of different aggregates written at the
 * same moment may be numbered in either order.
 */
public record PendingEvent(long sequence, OutboxEvent event) {

    public PendingEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more but was " + sequence);
        }
        Objects.requireNonNull(event, "event");
    }
}
