package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goods left; {@code complete} when nothing remains to ship. */
public record OrderShipped(OrderId orderId, CustomerId customerId, String shipmentReference, LocalDate shippedOn,
    List<LineQuantity> lines, boolean complete, Instant occurredAt) implements OrderEvent {
    public OrderShipped {
        lines = List.copyOf(lines);
    }
}
