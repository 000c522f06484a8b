package dev.directsupply.risk.register;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Review a risk: what was found, and when to look again. */
public record ReviewRisk(@NotNull RiskId riskId, @MultiLine @NotBlank @Size(max = 1000) String note,
                         @NotNull @Future LocalDate nextReviewOn) implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }
}
