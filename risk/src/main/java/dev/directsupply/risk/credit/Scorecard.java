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
 * bands, and grade cut-offs on the 0–100 score. Weights are exact decimals summing to 1, so when
 * every factor counts, each contribution (points × weight) is exact and the lines add up to the
 * score without rounding.
 *
 * <p>When a factor is excluded for missing data, the score is the weighted average of the factors
 * counted, Σ(points × weight) / Σweight, which is often not a finite decimal (a total weight of 0.9
 * divides by 9). The grade is decided on that exact quotient, by comparing Σ(points × weight) with
 * cut-off × Σweight, so a customer exactly at a cut-off reaches it. The score shown is the quotient
 * cut down (never up) to {@value #SCALE} decimal places, so it never shows a grade the customer did not
 * reach; the weights shown and the contributions are the exact shares cut to the same places, the
 * places cut off handed back one unit each to the lines that lost most (largest remainder), so the
 * weights add up to exactly 1 and the contributions to exactly the score shown. A cut-off with more
 * than {@value #SCALE} decimal places is still judged exactly, though the score shown may then read
 * the same as a score a hair below it. Immutable; {@link CreditParameters} validates a scorecard before
 * one is built.
 */
public final class Scorecard {
    /** The decimal places of the weights and contributions shown when weights were shared out again. */
    public static final int SCALE = 6;

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
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        List<BigDecimal> products = new ArrayList<>(counted.size());
        for (int i = 0; i < counted.size(); i++) {
            BigDecimal product = counted.get(i).weight().multiply(BigDecimal.valueOf(points.get(i)));
            products.add(product);
            total = total.add(counted.get(i).weight());
            weighted = weighted.add(product);
        }
        List<BigDecimal> weights;
        List<BigDecimal> contributions;
        BigDecimal score;
        if (total.compareTo(BigDecimal.ONE) == 0) {
            weights = counted.stream().map(ScoreFactor::weight).toList();
            contributions = products;
            score = weighted;
        } else if (total.signum() == 0) {
            // nothing counted: no lines, a score of zero
            weights = products;
            contributions = products;
            score = BigDecimal.ZERO;
        } else {
            score = weighted.divide(total, SCALE, RoundingMode.DOWN);
            weights = apportioned(counted.stream().map(ScoreFactor::weight).toList(), total,
                BigDecimal.ONE.setScale(SCALE));
            contributions = apportioned(products, total, score);
        }
        List<ScoreLine> lines = new ArrayList<>(counted.size());
        for (int i = 0; i < counted.size(); i++) {
            lines.add(new ScoreLine(counted.get(i).name(), raws.get(i), points.get(i), weights.get(i),
                contributions.get(i), reasons.get(i)));
        }
        return new Evaluation(lines, score, gradeOf(weighted, total));
    }

    /**
     * The grade of the weighted average {@code weighted / total}, judged without dividing: the best
     * grade whose cut-off × total the weighted points reach.
     */
    private CreditGrade gradeOf(BigDecimal weighted, BigDecimal total) {
        if (total.signum() == 0) {
            return gradeOf(BigDecimal.ZERO);
        }
        for (CreditGrade grade : CreditGrade.values()) {
            if (weighted.compareTo(cutoffs.get(grade).multiply(total)) >= 0) {
                return grade;
            }
        }
        return CreditGrade.C;
    }

    /**
     * The shares {@code part / total} cut down to {@value #SCALE} places, with the units the cutting
     * lost handed back one each to the parts that lost most (the earlier part first among equals), so
     * that they add up to {@code sum} — which must be Σ part / total cut down to the same places. Each
     * share is then within one unit of the last place of its exact value, and a part that divides
     * exactly (a zero among them) is never given a unit.
     */
    private static List<BigDecimal> apportioned(List<BigDecimal> parts, BigDecimal total, BigDecimal sum) {
        List<BigDecimal> shares = new ArrayList<>(parts.size());
        List<BigDecimal> lost = new ArrayList<>(parts.size());
        BigDecimal assigned = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            BigDecimal share = part.divide(total, SCALE, RoundingMode.DOWN);
            shares.add(share);
            // what the cut lost, times the total: comparing these compares the remainders exactly
            lost.add(part.subtract(share.multiply(total)));
            assigned = assigned.add(share);
        }
        int units = sum.subtract(assigned).movePointRight(SCALE).intValueExact();
        List<Integer> order = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> lost.get(b).compareTo(lost.get(a)));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(SCALE);
        for (int k = 0; k < units; k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i).add(unit));
        }
        return shares;
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
}
