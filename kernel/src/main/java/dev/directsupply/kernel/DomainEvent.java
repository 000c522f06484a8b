package dev.directsupply.kernel;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code CustomerReclassified}).
 * Each aggregate declares a sealed interface of its events extending this one; events are records
 * holding ids and values, never other aggregates. The repository gives each event a stable id
 * when it stores it in the outbox.
 */
public interface DomainEvent {

    /** When it happened, from the injected clock. */
    Instant occurredAt();

    /**
     * The event's type name: the module (the package segment after {@code dev.directsupply}) and
     * the record's simple name, e.g. {@code customer.CustomerReclassified}; from the second
     * {@link EventVersion} on, the version too: {@code customer.CustomerReclassified.v2}.
     */
    default String type() {
        return EventTypeNames.of(getClass());
    }

    /** The type name of an event class. */
    static String typeOf(Class<?> eventClass) {
        return EventTypeNames.of(eventClass);
    }
}
