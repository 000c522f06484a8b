package dev.directsupply.orders;

import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotNull;

/** Release an approved order to production (DS-4.1.3). */
public record ReleaseOrder(@NotNull OrderId orderId) {
}
