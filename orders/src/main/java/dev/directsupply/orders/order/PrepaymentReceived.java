package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;

/** A prepayment arrived; {@code receivedInTotal} is all received so far. */
public record PrepaymentReceived(OrderId orderId, CustomerId customerId, Prepayment prepayment, Money receivedInTotal,
                                 Instant occurredAt) implements OrderEvent {
}
