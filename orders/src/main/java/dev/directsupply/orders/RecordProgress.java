package dev.directsupply.orders;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.orders.order.Milestone;
import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * Record a line's production milestone (DS-4.1.4).
 *
 * @param milestone       one of {@code Milestone}'s names
 * @param projectedFinish the finish production now projects, when it gives one
 */
public record RecordProgress(@NotNull OrderId orderId, @Min(1) int line,
                             @NotNull @OneOf(value = Milestone.class, rule = "DS-4.1.4") String milestone,
                             @NotNull @PastOrPresent LocalDate on, LocalDate projectedFinish) {
}
