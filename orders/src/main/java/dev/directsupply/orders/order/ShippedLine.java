package dev.directsupply.orders.order;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** How much of a line left in a shipment. */
public record ShippedLine(@Min(1) int line, @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
}
