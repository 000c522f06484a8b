package dev.directsupply.orders.archfixture;

import dev.directsupply.kernel.DomainEvent;
import java.time.Instant;

/** Breaks the event contract: a published event without a golden JSON file. */
public record UnpinnedEvent(String order, Instant occurredAt) implements DomainEvent {
}
