package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/** The mitigation measures changed the customer's terms (DS-6.2.1); each change is named. */
public record CreditTermsChanged(CustomerId customerId, List<TermChange> changes, String reason, Instant occurredAt)
    implements CreditAccountEvent {
}
