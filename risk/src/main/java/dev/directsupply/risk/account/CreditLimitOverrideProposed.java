package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A limit override was proposed and waits for a second person's approval (DS-6.2.1). */
public record CreditLimitOverrideProposed(CustomerId customerId, Money amount, LocalDate expiresOn, ActorId proposedBy,
                                          String reason, Instant occurredAt) implements CreditAccountEvent {
}
