package dev.directsupply.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event to be dispatched after the batch that caused it commits (the transactional
 * outbox). Subscribers may see an event more than once and use {@link #eventId()} to ignore repeats.
 *
 * @param eventId          unique and stable: the same change always gives the same id
 * @param type             the event's type name, e.g. {@code customer.CustomerReclassified}
 * @param collection       the collection of the aggregate that raised it
 * @param aggregateId      the id of the aggregate that raised it
 * @param aggregateVersion the aggregate version the event belongs to
 * @param occurredAt       when it happened, from the writer's clock
 * @param payload          the event as JSON
 */
public record OutboxEvent(UUID eventId, String type, String collection, String aggregateId,
                          long aggregateVersion, Instant occurredAt, String payload) {

    public OutboxEvent {
        Objects.requireNonNull(eventId, "eventId");
        Names.required("event type", type);
        Names.collection(collection);
        Names.id(aggregateId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
