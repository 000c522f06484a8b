package dev.directsupply.risk.credit;

import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The policy parameters of credit grading (DS-3.3.2, DS-6.2.1), the {@code credit} section of a
 * policy file: the scorecard, the lowest grade admission accepts (default A), how often customers are
 * re-graded, and after how many days overdue an invoice triggers a re-grading. Immutable; a
 * scorecard whose weights do not sum to 1, whose bands overlap or leave gaps, or whose cut-offs are
 * out of order cannot be built.
 */
public record CreditParameters(Scorecard scorecard, CreditGrade minimumGrade, int regradeIntervalDays,
                               int overdueTriggerDays) {
    public static final String SECTION = "credit";
    private static final Set<String> KEYS = Set.of("factors", "gradeCutoffs", "minimumGrade", "regradeIntervalDays",
        "overdueTriggerDays");
    private static final Set<String> FACTOR_KEYS = Set.of("name", "weight", "missing", "missingPoints", "bands");
    private static final Set<String> BAND_KEYS = Set.of("from", "to", "category", "points", "reason");

    public CreditParameters {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(minimumGrade, "minimumGrade");
    }

    /**
     * Reads the section with a reader shared with other areas; every problem goes to the reader, and
     * the result is null when there were any. Absent keys take the fallback's values (required when
     * the fallback is null).
     */
    public static CreditParameters read(PolicySection section, ParameterReader reader, CreditParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        Scorecard fallbackCard = fallback == null ? null : fallback.scorecard();
        List<ScoreFactor> factors = section.has("factors") || fallbackCard == null
            ? factors(mine, mine.sections(section, "factors", true)) : fallbackCard.factors();
        Map<CreditGrade, BigDecimal> cutoffs = section.has("gradeCutoffs") || fallbackCard == null
            ? cutoffs(mine, mine.section(section, "gradeCutoffs")) : fallbackCard.cutoffs();
        CreditGrade minimum = mine.choice(section, "minimumGrade", CreditGrade.class,
            fallback == null ? null : fallback.minimumGrade());
        Integer interval = mine.integer(section, "regradeIntervalDays",
            fallback == null ? null : fallback.regradeIntervalDays(), 1, 3660);
        Integer overdue = mine.integer(section, "overdueTriggerDays",
            fallback == null ? null : fallback.overdueTriggerDays(), 1, 3660);
        reader.addAll(mine.violations());
        if (mine.hasProblems()) {
            return null;
        }
        return new CreditParameters(new Scorecard(factors, cutoffs), minimum, interval, overdue);
    }

    private static List<ScoreFactor> factors(ParameterReader reader, List<PolicySection> items) {
        List<ScoreFactor> factors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (PolicySection item : items) {
            reader.onlyKnownKeys(item, FACTOR_KEYS);
            String name = reader.text(item, "name", null);
            BigDecimal weight = reader.decimal(item, "weight", null);
            MissingData missing = reader.choice(item, "missing", MissingData.class, null);
            Integer missingPoints = reader.integer(item, "missingPoints", 0, 0, 100);
            List<Band> bands = bands(reader, reader.sections(item, "bands", true));
            if (name != null && !names.add(name)) {
                reader.problem(item.pathOf("name"), "risk.parameter.duplicate-factor", "DS-3.3.2", Map.of("name", name));
            }
            if (weight != null && weight.signum() <= 0) {
                reader.problem(item.pathOf("weight"), "risk.parameter.weight-positive", "DS-3.3.2",
                    Map.of("value", weight));
            }
            if (weight != null) {
                weights = weights.add(weight);
            }
            if (missing == MissingData.FIXED_POINTS && !item.has("missingPoints")) {
                reader.problem(item.pathOf("missingPoints"), "kernel.parameter.missing", "", Map.of());
            }
            if (name != null && weight != null && missing != null && !bands.isEmpty()) {
                factors.add(new ScoreFactor(name, weight, bands, missing, missingPoints));
            }
        }
        if (items.isEmpty()) {
            reader.problem(SECTION + ".factors", "risk.parameter.no-factors", "DS-3.3.2", Map.of());
        } else if (weights.compareTo(BigDecimal.ONE) != 0) {
            reader.problem(SECTION + ".factors", "risk.parameter.weights-sum", "DS-3.3.2",
                Map.of("sum", weights.stripTrailingZeros().toPlainString()));
        }
        return factors;
    }

    private static List<Band> bands(ParameterReader reader, List<PolicySection> items) {
        List<Band> bands = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (PolicySection item : items) {
            reader.onlyKnownKeys(item, BAND_KEYS);
            boolean category = item.has("category");
            if (category && (item.has("from") || item.has("to"))) {
                reader.problem(item.path(), "risk.parameter.band-kind", "DS-3.3.2", Map.of());
            }
            BigDecimal from = item.has("from") ? reader.decimal(item, "from", null) : null;
            BigDecimal to = item.has("to") ? reader.decimal(item, "to", null) : null;
            String name = category ? reader.text(item, "category", null) : null;
            Integer points = reader.integer(item, "points", null, 0, 100);
            String reason = reader.text(item, "reason", null);
            if (name != null && !categories.add(name)) {
                reader.problem(item.pathOf("category"), "risk.parameter.duplicate-category", "DS-3.3.2",
                    Map.of("category", name));
            }
            if (points != null && reason != null) {
                bands.add(new Band(from, to, name, points, reason));
            }
        }
        checkRanges(reader, items, bands);
        return bands;
    }

    /** Numeric bands run from low to high, each starting where the one before ends: no overlap, no gap. */
    private static void checkRanges(ParameterReader reader, List<PolicySection> items, List<Band> bands) {
        if (bands.size() != items.size() || bands.isEmpty()) {
            return;
        }
        boolean categorical = bands.get(0).isCategory();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String path = items.get(i).path();
            if (band.isCategory() != categorical) {
                reader.problem(path, "risk.parameter.band-kind", "DS-3.3.2", Map.of());
                return;
            }
            if (categorical) {
                continue;
            }
            if (band.from() != null && band.to() != null && band.from().compareTo(band.to()) >= 0) {
                reader.problem(path, "risk.parameter.band-empty", "DS-3.3.2",
                    Map.of("from", band.from(), "to", band.to()));
            }
            if (i > 0) {
                Band before = bands.get(i - 1);
                if (before.to() == null || band.from() == null || band.from().compareTo(before.to()) < 0) {
                    reader.problem(path, "risk.parameter.bands-overlap", "DS-3.3.2", Map.of());
                } else if (band.from().compareTo(before.to()) > 0) {
                    reader.problem(path, "risk.parameter.bands-gap", "DS-3.3.2",
                        Map.of("from", before.to(), "to", band.from()));
                }
            }
        }
    }

    private static Map<CreditGrade, BigDecimal> cutoffs(ParameterReader reader, PolicySection section) {
        Map<CreditGrade, BigDecimal> cutoffs = new EnumMap<>(CreditGrade.class);
        Set<String> known = new HashSet<>();
        for (CreditGrade grade : CreditGrade.values()) {
            known.add(grade.name());
        }
        reader.onlyKnownKeys(section, known);
        BigDecimal above = null;
        for (CreditGrade grade : CreditGrade.values()) {
            BigDecimal cutoff = reader.decimal(section, grade.name(), null);
            if (cutoff == null) {
                continue;
            }
            if (cutoff.signum() < 0 || cutoff.compareTo(BigDecimal.valueOf(100)) > 0) {
                reader.problem(section.pathOf(grade.name()), "risk.parameter.cutoff-range", "DS-3.3.2",
                    Map.of("value", cutoff));
            } else if (above != null && cutoff.compareTo(above) >= 0) {
                reader.problem(section.pathOf(grade.name()), "risk.parameter.cutoffs-order", "DS-3.3.2",
                    Map.of("value", cutoff, "above", above));
            }
            above = cutoff;
            cutoffs.put(grade, cutoff);
        }
        BigDecimal lowest = cutoffs.get(CreditGrade.C);
        if (lowest != null && lowest.signum() != 0) {
            reader.problem(section.pathOf("C"), "risk.parameter.cutoff-floor", "DS-3.3.2", Map.of("value", lowest));
        }
        return cutoffs;
    }
}
