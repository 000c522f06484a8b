package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;

/** An order's reservation or hold ended: cancelled, invoiced, or withdrawn. */
public record ReservationReleased(CustomerId customerId, OrderReference order, Money amount, String reason,
                                  Instant occurredAt) implements CreditAccountEvent {
}
