package dev.directsupply.kernel.module;

import dev.directsupply.persistence.OutboxEvent;

/**
 * Receives one event from the outbox. It may see the same event again after a failure or a crash,
 * so it should be idempotent; the relay itself skips events it already delivered to this subscriber.
 * Throwing leaves the event to be tried again.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(OutboxEvent event) throws Exception;
}
