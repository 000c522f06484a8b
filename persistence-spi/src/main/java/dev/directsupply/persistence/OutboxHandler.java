package dev.directsupply.persistence;

import java.util.List;

/**
 * Receives a claimed run of pending outbox events during {@link DocumentStore#relay}. Returning
 * normally marks them dispatched; throwing leaves them pending for a later relay.
 */
@FunctionalInterface
public interface OutboxHandler {
    void handle(List<PendingEvent> events) throws Exception;
}
