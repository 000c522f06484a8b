package dev.directsupply.risk.register;

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

/** Move a risk in its lifecycle: {@code action} is a {@link RiskAction} code that moves a risk. */
public record MoveRisk(@NotNull RiskId riskId, @NotBlank @OneOf(RiskAction.class) String action,
                       @MultiLine @NotBlank @Size(max = 1000) String note) implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }

    /** Planning and reviewing have commands of their own; they move no risk. */
    @Override
    public List<Violation> crossFieldViolations() {
        boolean known = action != null && Arrays.stream(RiskAction.values()).anyMatch(a -> a.name().equals(action));
        if (known && !RiskAction.valueOf(action).moves()) {
            return List.of(Violation.of("action", "risk.constraint.moving-action", "DS-6.2",
                Map.of("allowed", Arrays.stream(RiskAction.values()).filter(RiskAction::moves).toList())));
        }
        return List.of();
    }
}
