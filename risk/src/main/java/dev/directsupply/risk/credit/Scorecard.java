package dev.directsupply.risk.credit;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credit scorecard (DS-3.3.2): weighted factors, each turning a raw input into points by its
 * bands, and grade cut-offs on the 0–100 score. Weights are exact decimals summing to 1, so every
 * contribution (points × weight) is exact and the lines add up to the score without rounding; when
 * a factor is excluded for missing data, the others' weights are shared out again to sum to exactly 1.
 * Immutable; {@link CreditParameters} validates a scorecard before one is built.
 */
public final class Scorecard {
    private static final int WEIGHT_SCALE = 6;

    private final List<ScoreFactor> factors;
    private final Map<CreditGrade, BigDecimal> cutoffs;

    public Scorecard(List<ScoreFactor> factors, Map<CreditGrade, BigDecimal> cutoffs) {
        this.factors = List.copyOf(factors);
        this.cutoffs = new EnumMap<>(Objects.requireNonNull(cutoffs, "cutoffs"));
    }

    public List<ScoreFactor> factors() {
        return factors;
    }

    /** The lowest score of each grade. */
    public Map<CreditGrade, BigDecimal> cutoffs() {
        return Map.copyOf(cutoffs);
    }

    /** The grade of a score: the best grade whose cut-off the score reaches. */
    public CreditGrade gradeOf(BigDecimal score) {
        for (CreditGrade grade : CreditGrade.values()) {
            if (score.compareTo(cutoffs.get(grade)) >= 0) {
                return grade;
            }
        }
        return CreditGrade.C;
    }

    /**
     * Scores the inputs (raw values by factor name; absent means missing).
     *
     * @throws InvalidCommand naming every input that is missing under {@link MissingData#REJECT}, not a
     *                        number where one is needed, or in no band
     */
    public Evaluation evaluate(Map<String, String> inputs) {
        List<Violation> problems = new ArrayList<>();
        List<ScoreFactor> counted = new ArrayList<>(factors.size());
        List<Integer> points = new ArrayList<>(factors.size());
        List<String> raws = new ArrayList<>(factors.size());
        List<String> reasons = new ArrayList<>(factors.size());
        for (ScoreFactor factor : factors) {
            String raw = inputs.get(factor.name());
            if (raw == null || raw.isBlank()) {
                switch (factor.missing()) {
                    case EXCLUDE -> {
                        continue;
                    }
                    case REJECT -> {
                        problems.add(Violation.of("inputs." + factor.name(), "risk.credit.input-missing", "DS-3.3.2",
                            Map.of("factor", factor.name())));
                        continue;
                    }
                    case WORST_BAND -> {
                        points.add(factor.worstBand().points());
                        reasons.add("MISSING_WORST_BAND");
                    }
                    case FIXED_POINTS -> {
                        points.add(factor.missingPoints());
                        reasons.add("MISSING_FIXED_POINTS");
                    }
                    default -> throw new IllegalStateException(factor.missing().name());
                }
                counted.add(factor);
                raws.add("");
                continue;
            }
            Band band = bandOf(factor, raw.strip(), problems);
            if (band != null) {
                counted.add(factor);
                points.add(band.points());
                raws.add(raw.strip());
                reasons.add(band.reason());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommand("CreditEvaluation", problems);
        }
        List<BigDecimal> weights = sharedOut(counted);
        List<ScoreLine> lines = new ArrayList<>(counted.size());
        BigDecimal score = BigDecimal.ZERO;
        for (int i = 0; i < counted.size(); i++) {
            BigDecimal contribution = weights.get(i).multiply(BigDecimal.valueOf(points.get(i)));
            score = score.add(contribution);
            lines.add(new ScoreLine(counted.get(i).name(), raws.get(i), points.get(i), weights.get(i), contribution,
                reasons.get(i)));
        }
        return new Evaluation(lines, score, gradeOf(score));
    }

    /**
     * Whether a raw value can be scored for the factor: a number or category that falls in one of its
     * bands. A name the card has no factor for is accepted (it is not scored at all).
     */
    public boolean accepts(String factor, String raw) {
        for (ScoreFactor candidate : factors) {
            if (candidate.name().equals(factor)) {
                return raw != null && !raw.isBlank() && bandOf(candidate, raw.strip(), new ArrayList<>()) != null;
            }
        }
        return true;
    }

    private static Band bandOf(ScoreFactor factor, String raw, List<Violation> problems) {
        if (factor.isCategorical()) {
            for (Band band : factor.bands()) {
                if (band.category().equals(raw)) {
                    return band;
                }
            }
        } else {
            BigDecimal value;
            try {
                value = new BigDecimal(raw);
            } catch (NumberFormatException notANumber) {
                problems.add(Violation.of("inputs." + factor.name(), "risk.credit.input-not-a-number", "DS-3.3.2",
                    Map.of("factor", factor.name(), "invalidValue", raw)));
                return null;
            }
            for (Band band : factor.bands()) {
                if (band.contains(value)) {
                    return band;
                }
            }
        }
        problems.add(Violation.of("inputs." + factor.name(), "risk.credit.input-in-no-band", "DS-3.3.2",
            Map.of("factor", factor.name(), "invalidValue", raw)));
        return null;
    }

    /** The counted factors' weights scaled to sum to exactly 1 (the last takes what rounding left). */
    private static List<BigDecimal> sharedOut(List<ScoreFactor> counted) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScoreFactor factor : counted) {
            total = total.add(factor.weight());
        }
        List<BigDecimal> weights = new ArrayList<>(counted.size());
        if (total.compareTo(BigDecimal.ONE) == 0) {
            counted.forEach(factor -> weights.add(factor.weight()));
            return weights;
        }
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < counted.size(); i++) {
            BigDecimal weight = i == counted.size() - 1 ? BigDecimal.ONE.subtract(assigned)
                : counted.get(i).weight().divide(total, WEIGHT_SCALE, RoundingMode.HALF_UP);
            assigned = assigned.add(weight);
            weights.add(weight);
        }
        return weights;
    }
}
