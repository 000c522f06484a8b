package dev.directsupply.kernel.store;

import dev.directsupply.kernel.DomainEvent;

/** How a domain event becomes the JSON payload of an outbox event. */
@FunctionalInterface
public interface EventCodec {
    String encode(DomainEvent event);
}
