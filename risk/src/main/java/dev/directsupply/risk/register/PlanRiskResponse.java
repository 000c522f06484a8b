package dev.directsupply.risk.register;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Plan what is done about a risk: response measures, a contingency plan (DS-6.2.4), owner, next review. */
public record PlanRiskResponse(@NotNull RiskId riskId,
                               @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> responses,
                               @MultiLine @Size(max = 2000) String contingencyPlan,
                               @NotBlank @IdentifierShape String owner,
                               @NotNull @Future LocalDate nextReviewOn) implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }
}
