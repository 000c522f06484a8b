package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;

/** The limit in force changed: a new grade or scale, an override, or an override's expiry. */
public record CreditLimitChanged(CustomerId customerId, Money from, Money to, String reason, Instant occurredAt)
    implements CreditAccountEvent {
}
