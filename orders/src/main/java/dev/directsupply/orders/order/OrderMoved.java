package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The order moved from one state to another; every change of state raises one. */
public record OrderMoved(OrderId orderId, CustomerId customerId, OrderStatus from, OrderStatus to,
    OrderAction action, int revision, String note, Instant occurredAt) implements OrderEvent {
}
