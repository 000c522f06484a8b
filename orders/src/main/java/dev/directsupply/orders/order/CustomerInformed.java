package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The customer was told how the order stands (DS-4.1.4). */
public record CustomerInformed(OrderId orderId, CustomerId customerId, Channel channel, String summary,
    Instant occurredAt) implements OrderEvent {
}
