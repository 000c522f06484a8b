package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** Goods left; {@code complete} when nothing remains to ship. */
public record OrderShipped(OrderId orderId, CustomerId customerId, Shipment shipment, boolean complete, Instant occurredAt) implements OrderEvent {
}
