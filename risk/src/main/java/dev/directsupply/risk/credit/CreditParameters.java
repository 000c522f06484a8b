package dev.directsupply.risk.credit;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy parameters of credit grading (DS-3.3.2, DS-6.2.1), the {@code credit} section: the
 * scorecard's factors — each with its weight, its bands and what a missing input counts as — the
 * lowest score of each grade, the minimum grade for admission (default A, POLICY.md), and when grades
 * are renewed. POLICY.md gives the grade scale and the minimum; the factors, weights, cut-offs and
 * intervals are the company's choice.
 *
 * @param regradeIntervalDays the days between regular re-gradings (DS-6.2.1 update grades regularly)
 * @param overdueTriggerDays  the days past due at which an invoice makes its customer be re-graded
 */
public record CreditParameters(@NotEmpty List<@Valid @NotNull ScoreFactor> factors,
                               @NotNull Map<CreditGrade, @NotNull BigDecimal> gradeCutoffs,
                               @NotNull CreditGrade minimumGrade,
                               @InRange(min = 1, max = 3660, rule = "DS-6.2.1") int regradeIntervalDays,
                               @InRange(min = 1, max = 3660, rule = "DS-6.2.1") int overdueTriggerDays)
    implements CrossFieldRules {

    public static final ParameterSection<CreditParameters> SECTION = ParameterSection.of("credit",
        CreditParameters.class, "/dev/directsupply/risk/policy-defaults.json");

    /** The scorecard of these factors and cut-offs. */
    public Scorecard scorecard() {
        return new Scorecard(factors, gradeCutoffs);
    }

    /**
     * The scorecard holds together (DS-3.3.2): factors named once with weights summing to 1, a fixed
     * score where a missing input counts as one, bands all numeric or all categories, numeric bands
     * running from low to high without gap or overlap, cut-offs from 100 down to 0 for every grade.
     */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (factors != null && !factors.isEmpty()) {
            factorsHoldTogether(problems);
        }
        if (gradeCutoffs != null) {
            cutoffsFall(problems);
        }
        return problems;
    }

    private void factorsHoldTogether(List<Violation> problems) {
        Set<String> names = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < factors.size(); i++) {
            ScoreFactor factor = factors.get(i);
            if (factor == null) {
                continue;
            }
            String at = "factors[" + i + "]";
            if (factor.name() != null && !names.add(factor.name())) {
                problems.add(Violation.of(at + ".name", "risk.parameter.duplicate-factor", "DS-3.3.2",
                    Map.of("name", factor.name())));
            }
            if (factor.weight() != null) {
                weights = weights.add(factor.weight());
            }
            if (factor.missing() == MissingData.FIXED_POINTS && factor.missingPoints() == null) {
                problems.add(Violation.of(at + ".missingPoints", "kernel.parameter.missing", "", Map.of()));
            }
            if (factor.bands() != null) {
                bandsHoldTogether(at, factor.bands(), problems);
            }
        }
        if (weights.compareTo(BigDecimal.ONE) != 0) {
            problems.add(Violation.of("factors", "risk.parameter.weights-sum", "DS-3.3.2",
                Map.of("sum", weights.stripTrailingZeros().toPlainString())));
        }
    }

    private static void bandsHoldTogether(String factor, List<Band> bands, List<Violation> problems) {
        Set<String> categories = new HashSet<>();
        Band first = bands.isEmpty() ? null : bands.get(0);
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String at = factor + ".bands[" + i + "]";
            if (band == null || first == null) {
                continue;
            }
            boolean mixed = band.isCategory() && (band.from() != null || band.to() != null);
            if (mixed || band.isCategory() != first.isCategory()) {
                problems.add(Violation.of(at, "risk.parameter.band-kind", "DS-3.3.2", Map.of()));
                return;
            }
            if (band.isCategory()) {
                if (!categories.add(band.category())) {
                    problems.add(Violation.of(at + ".category", "risk.parameter.duplicate-category", "DS-3.3.2",
                        Map.of("category", band.category())));
                }
                continue;
            }
            if (band.from() != null && band.to() != null && band.from().compareTo(band.to()) >= 0) {
                problems.add(Violation.of(at, "risk.parameter.band-empty", "DS-3.3.2",
                    Map.of("from", band.from(), "to", band.to())));
            }
            Band before = i == 0 ? null : bands.get(i - 1);
            if (before == null) {
                continue;
            }
            if (before.to() == null || band.from() == null || band.from().compareTo(before.to()) < 0) {
                problems.add(Violation.of(at, "risk.parameter.bands-overlap", "DS-3.3.2", Map.of()));
            } else if (band.from().compareTo(before.to()) > 0) {
                problems.add(Violation.of(at, "risk.parameter.bands-gap", "DS-3.3.2",
                    Map.of("from", before.to(), "to", band.from())));
            }
        }
    }

    private void cutoffsFall(List<Violation> problems) {
        BigDecimal above = null;
        for (CreditGrade grade : CreditGrade.values()) {
            String at = "gradeCutoffs." + grade.name();
            BigDecimal cutoff = gradeCutoffs.get(grade);
            if (cutoff == null) {
                problems.add(Violation.of(at, "kernel.parameter.missing", "DS-3.3.2", Map.of()));
                continue;
            }
            if (cutoff.signum() < 0 || cutoff.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Violation.of(at, "risk.parameter.cutoff-range", "DS-3.3.2", Map.of("value", cutoff)));
            } else if (above != null && cutoff.compareTo(above) >= 0) {
                problems.add(Violation.of(at, "risk.parameter.cutoffs-order", "DS-3.3.2",
                    Map.of("value", cutoff, "above", above)));
            }
            above = cutoff;
        }
        BigDecimal lowest = gradeCutoffs.get(CreditGrade.C);
        if (lowest != null && lowest.signum() != 0) {
            problems.add(Violation.of("gradeCutoffs.C", "risk.parameter.cutoff-floor", "DS-3.3.2",
                Map.of("value", lowest)));
        }
    }
}
