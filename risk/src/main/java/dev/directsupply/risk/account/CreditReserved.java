package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** An order passed the credit check and its credit part was reserved against the limit. */
public record CreditReserved(CustomerId customerId, OrderReference order, Money orderAmount, Money creditPart,
                             BigDecimal prepaymentRatio, boolean watch, Instant occurredAt)
    implements CreditAccountEvent {
}
