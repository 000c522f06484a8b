package dev.directsupply.orders;

import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The customer has the goods. */
public record ConfirmDelivery(@NotNull OrderId orderId, @NotNull @PastOrPresent LocalDate deliveredOn) {
}
