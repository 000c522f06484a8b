package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** A customer got a credit account: from now on its credit is graded, limited and checked. */
public record CreditAccountOpened(CustomerId customerId, LocalDate openedOn, Instant occurredAt)
    implements CreditAccountEvent {
}
