package dev.directsupply.orders;

import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotNull;

/** Ask the credit check again for a held order; it is approved once the check passes (DS-4.1.2). */
public record RecheckCredit(@NotNull OrderId orderId) {
}
