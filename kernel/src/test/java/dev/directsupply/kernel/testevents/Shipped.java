package dev.directsupply.kernel.testevents;

import dev.directsupply.kernel.DomainEvent;
import java.time.Instant;

/** An event of a package below a module's own: the type name keeps only the module's segment. */
public record Shipped(String orderId, Instant occurredAt) implements DomainEvent {
}
