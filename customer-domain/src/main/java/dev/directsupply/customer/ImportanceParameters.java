package dev.directsupply.customer;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a customer's strategic importance is proposed (DS-2.2.3), the {@code importance} section: three criteria,
 * each a rule with its parameters — contribution (the annual purchase, in points per scale tier), tenure (years
 * of cooperation, in points per band) and strategic fit (points for an industry the company names strategic)
 * — their weights, the scores from which IMPORTANT and CORE are proposed, and how often management reviews a
 * customer's importance. The policy names the three classes and what they mean ("large contribution, stable
 * cooperation", "key to the company's development"); every figure here is the company's choice. Management
 * confirms a proposal with a reason ({@link CustomerDesk#setStrategicImportance}).
 *
 * @param tenureYears          the lower bounds of the tenure bands, in years, rising from 0
 * @param tenurePoints         the points of each tenure band, one per bound
 * @param strategicIndustries  the {@link Industry} or {@link SubIndustry} codes the company counts strategic
 * @param reviewIntervalMonths a customer's importance is due for review this long after it was last set
 */
public record ImportanceParameters(
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal contributionWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal tenureWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal fitWeight,
    @NotNull Map<ScaleTier, @NotNull Integer> tierPoints,
    @NotNull List<@NotNull Integer> tenureYears,
    @NotNull List<@NotNull Integer> tenurePoints,
    @NotNull Set<@NotNull String> strategicIndustries,
    @InRange(min = 0, max = 100, rule = "DS-2.2.3") int importantFrom,
    @InRange(min = 0, max = 100, rule = "DS-2.2.3") int coreFrom,
    @InRange(min = 1, max = 120, rule = "DS-2.2.3") int reviewIntervalMonths) implements CrossFieldRules {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<ImportanceParameters> SECTION = ParameterSection.of("importance",
        ImportanceParameters.class, "/dev/directsupply/customer/policy-defaults.json");

    public ImportanceParameters {
        tierPoints = tierPoints == null ? null : Map.copyOf(tierPoints);
        tenureYears = tenureYears == null ? null : List.copyOf(tenureYears);
        tenurePoints = tenurePoints == null ? null : List.copyOf(tenurePoints);
        strategicIndustries = strategicIndustries == null ? null : Set.copyOf(strategicIndustries);
    }

    /** Weights add to 1; every tier has points; tenure bands rise from 0 with a score each; CORE above IMPORTANT. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (contributionWeight != null && tenureWeight != null && fitWeight != null
            && contributionWeight.add(tenureWeight).add(fitWeight).compareTo(BigDecimal.ONE) != 0) {
            problems.add(Violation.of("fitWeight", "customer.parameter.weights-sum", "DS-2.2.3", Map.of()));
        }
        if (tierPoints != null && tierPoints.size() != ScaleTier.values().length) {
            problems.add(Violation.of("tierPoints", "customer.parameter.every-tier", "DS-2.2.3", Map.of()));
        }
        if (tenureYears != null && tenurePoints != null && (tenureYears.isEmpty() || tenureYears.get(0) != 0
            || tenureYears.size() != tenurePoints.size() || !rising(tenureYears))) {
            problems.add(Violation.of("tenureYears", "customer.parameter.tenure-bands", "DS-2.2.3", Map.of()));
        }
        if (coreFrom <= importantFrom) {
            problems.add(Violation.of("coreFrom", "customer.parameter.core-above-important", "DS-2.2.3", Map.of()));
        }
        return problems;
    }

    private static boolean rising(List<Integer> bounds) {
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
