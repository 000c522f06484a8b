package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** The order waits for a prepayment of this amount (DS-6.2.1). */
public record PrepaymentRequested(OrderId orderId, CustomerId customerId, Money amount, BigDecimal ratio,
    Instant occurredAt) implements OrderEvent {
}
