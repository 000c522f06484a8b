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
}
