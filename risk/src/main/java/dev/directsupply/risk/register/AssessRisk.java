package dev.directsupply.risk.register;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Rate a risk: likelihood and impact, 1 to 5 each. */
public record AssessRisk(@NotNull RiskId riskId, @Min(1) @Max(5) int likelihood, @Min(1) @Max(5) int impact,
                         @MultiLine @Size(max = 1000) String note) implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }
}
