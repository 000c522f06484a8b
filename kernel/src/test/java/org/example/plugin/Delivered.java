package org.example.plugin;

import dev.directsupply.kernel.DomainEvent;
import java.time.Instant;

/** An event of a host's plug-in, outside {@code dev.directsupply}: named after its own last package segment. */
public record Delivered(String parcelId, Instant occurredAt) implements DomainEvent {
}
