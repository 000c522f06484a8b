package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * The order was cancelled by agreement with the customer (DS-6.2.2); the credit checked for its
 * revision is given back.
 */
public record OrderCancelled(OrderId orderId, CustomerId customerId, int revision, String reason, String agreedWith,
                             Instant occurredAt) implements OrderEvent {
}
