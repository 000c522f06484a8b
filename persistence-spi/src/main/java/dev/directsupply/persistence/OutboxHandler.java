package dev.directsupply.persistence;

import java.util.List;

/**
 * Receives a claimed run of pending outbox events during {@link DocumentStore#relay}, lowest sequence
 * first. Returning normally marks them dispatched; throwing leaves them pending for a later relay. A
 * handler may read and write the store it is relaying from (as the SDK's relay does to note what it
 * delivered), also when that store runs on a single database connection.
 */
@FunctionalInterface
public interface OutboxHandler {
    void handle(List<PendingEvent> events) throws Exception;
}
