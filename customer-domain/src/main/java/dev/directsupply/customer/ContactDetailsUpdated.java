package dev.directsupply.customer;

import java.time.Instant;

/** The customer's contacts or addresses were replaced; the event carries counts, not personal data. */
public record ContactDetailsUpdated(CustomerId customerId, int contacts, int addresses, Instant occurredAt)
    implements CustomerEvent {
}
