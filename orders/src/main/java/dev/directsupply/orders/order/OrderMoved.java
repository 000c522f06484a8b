package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * The order's status moved, as {@link OrderLifecycle} allows: together these events are the order's
 * status history — from where to where, by which action, by whom and why, at which revision.
 */
public record OrderMoved(OrderId orderId, CustomerId customerId, StatusChange move, int revision,
                         Instant occurredAt) implements OrderEvent {
}
