package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
                                 @MultiLine @Size(max = 500) String note,
                                 @NotNull @OneOf(Channel.class) String channel) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.COMMUNICATE;
    }

    /** Every solution but cancellation names the new date (DS-4.1.4). */
    @Override
    public List<Violation> crossFieldViolations() {
        return newDate == null && solution != null && !DelaySolutionKind.CANCELLATION.name().equals(solution)
            ? List.of(Violation.of("newDate", "orders.constraint.new-date-needed", "DS-4.1.4",
                Map.of("solution", solution)))
            : List.of();
    }
}
