package dev.directsupply.admission.application;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a prospect is analysed (DS-3.2.2), the {@code admission.analysis} part of the policy: the weight of
 * purchasing capacity, credit standing and growth potential, the points of each scale tier (none below the
 * DS-2.1 minimum), of each credit grade and of each growth outlook, and the scores from which a prospect is
 * proposed as IMPORTANT or CORE (DS-2.2.3). The policy names the three factors; every figure here is the
 * company's choice.
 */
public record ProspectAnalysisParameters(
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal capacityWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal creditWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal growthWeight,
    @NotNull Map<ScaleTier, @NotNull Integer> tierPoints,
    @NotNull Map<String, @NotNull Integer> gradePoints,
    @NotNull Map<GrowthOutlook, @NotNull Integer> outlookPoints,
    @InRange(min = 0, max = 100, rule = "DS-2.2.3") int importantFrom,
    @InRange(min = 0, max = 100, rule = "DS-2.2.3") int coreFrom) implements CrossFieldRules {

    public ProspectAnalysisParameters {
        tierPoints = tierPoints == null ? null : Map.copyOf(tierPoints);
        gradePoints = gradePoints == null ? null : Map.copyOf(gradePoints);
        outlookPoints = outlookPoints == null ? null : Map.copyOf(outlookPoints);
    }

    /** The weights add up to 1; every tier and outlook has its points; CORE starts above IMPORTANT. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (capacityWeight != null && creditWeight != null && growthWeight != null
            && capacityWeight.add(creditWeight).add(growthWeight).compareTo(BigDecimal.ONE) != 0) {
            problems.add(Violation.of("growthWeight", "admission.parameter.weights-sum", "DS-3.2.2", Map.of()));
        }
        if (tierPoints != null && tierPoints.size() != ScaleTier.values().length) {
            problems.add(Violation.of("tierPoints", "admission.parameter.every-value", "DS-3.2.2", Map.of()));
        }
        if (outlookPoints != null && outlookPoints.size() != GrowthOutlook.values().length) {
            problems.add(Violation.of("outlookPoints", "admission.parameter.every-value", "DS-3.2.2", Map.of()));
        }
        if (coreFrom <= importantFrom) {
            problems.add(Violation.of("coreFrom", "admission.parameter.core-above-important", "DS-2.2.3", Map.of()));
        }
        return problems;
    }
}
