package dev.directsupply.kernel.module;

import dev.directsupply.kernel.DomainEvent;

/**
 * A module's reaction to one of the published events, read back as its record. Like every
 * subscriber it may see an event again, so it does what the event asks only once (commands it gives
 * are idempotent); throwing leaves the event to be tried again.
 *
 * @param <E> the event record
 */
@FunctionalInterface
public interface Reaction<E extends DomainEvent> {
    void on(E event) throws Exception;
}
