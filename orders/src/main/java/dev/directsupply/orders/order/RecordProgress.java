package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Record a line's production milestone (DS-4.1.4).
 *
 * @param milestone       one of {@code Milestone}'s names
 * @param projectedFinish the finish production now projects, when it gives one
 */
public record RecordProgress(@NotNull OrderId orderId, @Min(1) int line,
                             @NotNull @OneOf(value = Milestone.class, rule = "DS-4.1.4") String milestone,
                             @NotNull @PastOrPresent LocalDate on, LocalDate projectedFinish) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.RECORD_PROGRESS;
    }

    /** A projected finish is not before the milestone (DS-4.1.4). */
    @Override
    public List<Violation> crossFieldViolations() {
        return projectedFinish != null && on != null && projectedFinish.isBefore(on)
            ? List.of(Violation.of("projectedFinish", "orders.constraint.projection-before-milestone", "DS-4.1.4",
                Map.of("on", on)))
            : List.of();
    }
}
