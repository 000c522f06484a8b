package dev.directsupply.orders.order;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** How much of a line the customer accepted. */
public record AcceptedLine(@Min(1) int line, @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
}
