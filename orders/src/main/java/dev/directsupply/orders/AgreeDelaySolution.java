package dev.directsupply.orders;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.DelaySolutionKind;
import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Record the solution agreed with the customer for a delay (DS-4.1.4, DS-6.2.2).
 *
 * @param solution one of {@code DelaySolutionKind}'s names
 * @param newDate  the new delivery date (for a partial delivery, of the rest): required except for CANCELLATION
 */
public record AgreeDelaySolution(@NotNull OrderId orderId,
                                 @NotNull @OneOf(value = DelaySolutionKind.class, rule = "DS-4.1.4") String solution,
                                 @FutureOrPresent LocalDate newDate,
                                 @NotBlank @Size(max = 100) String agreedWith,
                                 @Size(max = 500) String note,
                                 @NotNull @OneOf(Channel.class) String channel) {
}
