package dev.directsupply.persistence;

import java.util.List;

/**
 * Receives a claimed run of pending outbox events, as an {@link OutboxHandler} does, and answers with
 * what to store with the run's mark ({@link RunNotes}), or {@code null} for nothing. Returning marks the
 * run dispatched; throwing leaves it pending for a later relay.
 */
@FunctionalInterface
public interface RunHandler {
    RunNotes handle(List<PendingEvent> events) throws Exception;

    /**
     * As {@link #handle(List)}, told a sequence no higher than the lowest pending when the run was
     * claimed: every event with a lower sequence had been dispatched then, or was not yet committed.
     * {@link DocumentStore#relayWithNotes} calls this one (the JDBC adapter learns the figure from its
     * claim, the default reads it beside the run), so that the handler need not ask
     * {@link DocumentStore#pendingEvents} itself; a store of its own may call {@link #handle(List)}
     * instead. Calls {@code handle(events)} by default.
     */
    default RunNotes handle(List<PendingEvent> events, long lowestPending) throws Exception {
        return handle(events);
    }

    /**
     * Whether the handler takes events of this type at all. A store may mark the events of a type the
     * handler does not take dispatched in the transaction that claims them, and hand over only the
     * others (the JDBC adapter does, so that a run of such events costs no transaction of its own); they
     * count as relayed. Every type by default.
     */
    default boolean takes(String type) {
        return true;
    }
}
