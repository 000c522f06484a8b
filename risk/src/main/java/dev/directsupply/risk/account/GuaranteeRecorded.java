package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A credit guarantee was recorded (DS-3.3.2). */
public record GuaranteeRecorded(CustomerId customerId, GuaranteeType guaranteeType, Money amount, LocalDate validUntil,
                                Instant occurredAt) implements CreditAccountEvent {
}
