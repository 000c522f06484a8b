package dev.directsupply.orders;

import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotNull;

/** Review an order (DS-4.1.2): completeness and accuracy, capacity and inventory, then credit. */
public record ReviewOrder(@NotNull OrderId orderId) {
}
