package dev.directsupply.risk;

import dev.directsupply.risk.register.RiskId;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Plan what is done about a risk: response measures, a contingency plan (DS-6.2.4), owner, next review. */
public record PlanRiskResponse(@NotNull RiskId riskId,
                               @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> responses,
                               @Size(max = 2000) String contingencyPlan,
                               @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String owner,
                               @NotNull @Future LocalDate nextReviewOn) {
}
