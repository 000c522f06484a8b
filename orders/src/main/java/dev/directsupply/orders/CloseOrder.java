package dev.directsupply.orders;

import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotNull;

/** Close an accepted order. */
public record CloseOrder(@NotNull OrderId orderId) {
}
