package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Suspend, reinstate or terminate cooperation; {@code action} is a {@link CustomerStatusAction} code. A
 * prospect becomes active only through admission (DS-3.4) or a host's import, never by a status change.
 */
public record ChangeCustomerStatus(
    @NotNull CustomerId customerId,
    @NotBlank @OneOf(CustomerStatusAction.class) String action,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.CHANGE_STATUS;
    }

    /** DS-3.4: admitting and importing are not status changes; they have paths of their own. */
    @Override
    public List<Violation> crossFieldViolations() {
        boolean known = action != null && Arrays.stream(CustomerStatusAction.values())
            .anyMatch(a -> a.name().equals(action));
        if (known && !CustomerStatusAction.valueOf(action).byStatusChange()) {
            return List.of(Violation.of("action", "customer.constraint.status-change-action", "DS-3.4",
                Map.of("allowed", Arrays.stream(CustomerStatusAction.values())
                    .filter(CustomerStatusAction::byStatusChange).toList())));
        }
        return List.of();
    }
}
