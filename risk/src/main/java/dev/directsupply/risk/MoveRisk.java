package dev.directsupply.risk;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.risk.register.RiskAction;
import dev.directsupply.risk.register.RiskId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move a risk in its lifecycle: {@code action} is a {@link RiskAction} code. */
public record MoveRisk(@NotNull RiskId riskId, @NotBlank @OneOf(RiskAction.class) String action,
                       @NotBlank @Size(max = 1000) String note) {
}
