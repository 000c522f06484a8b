package dev.directsupply.customer;

import java.time.Instant;

/** The customer's cooperation was suspended, reinstated or terminated. */
public record CustomerStatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to,
                                    CustomerStatusAction action, String reason, Instant occurredAt)
    implements CustomerEvent {
}
