package dev.directsupply.kernel.store;

import dev.directsupply.kernel.DomainEvent;

/** How a domain event becomes the JSON payload of an outbox event. */
@FunctionalInterface
public interface EventCodec {
    String encode(DomainEvent event);

    /**
     * The payload in the form its seal covers (DS-7.2.1): the same for every text a store may hand
     * back for it. This default is the text itself, right only for a store that keeps payloads to the
     * character; the SDK's JSON codec answers JSON's canonical form, which survives reformatting.
     */
    default String canonical(String payload) {
        return payload;
    }
}
