package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The order was cancelled by agreement with the customer (DS-6.2.2); its credit reference is released. */
public record OrderCancelled(OrderId orderId, CustomerId customerId, String creditReference, String reason,
    String agreedWith, Instant occurredAt) implements OrderEvent {
}
