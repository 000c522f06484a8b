package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** A legal or regulatory violation was put on the customer's record; a re-grading follows. */
public record ViolationRecorded(CustomerId customerId, LocalDate on, String description, Instant occurredAt)
    implements CreditAccountEvent {
}
