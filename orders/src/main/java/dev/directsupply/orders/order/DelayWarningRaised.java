package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The promised delivery date is at risk or will be missed (DS-4.1.4). */
public record DelayWarningRaised(OrderId orderId, CustomerId customerId, DelayWarning warning, Instant occurredAt) implements OrderEvent {
}
