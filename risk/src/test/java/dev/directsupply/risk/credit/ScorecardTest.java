package dev.directsupply.risk.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private final Scorecard card = PolicyParameters.defaults(java.util.List.of(CreditParameters.SECTION)).section(CreditParameters.class).scorecard();

    private static Map<String, String> solidInputs() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put("yearsInBusiness", "12");
        inputs.put("registeredCapital", "50000000");
        inputs.put("maxDaysPastDue", "0");
        inputs.put("daysPastDueTrend", "0");
        inputs.put("violations", "0");
        inputs.put("industry", "MANUFACTURING");
        inputs.put("externalRating", "AA");
        return inputs;
    }

    @Test
    @DisplayName("DS-3.3.2 every factor's line shows raw value, points, weight, contribution and reason")
    void givenSolidInputs_whenEvaluated_thenEachLineExplained() {
        Evaluation evaluation = card.evaluate(solidInputs());

        ScoreLine years = evaluation.lines().get(0);
        assertThat(years.factor()).isEqualTo("yearsInBusiness");
        assertThat(years.rawValue()).isEqualTo("12");
        assertThat(years.points()).isEqualTo(100);
        assertThat(years.weight()).isEqualByComparingTo("0.15");
        assertThat(years.contribution()).isEqualByComparingTo("15");
        assertThat(years.reason()).isEqualTo("YEARS_IN_BUSINESS_10_PLUS");
        // 15 + 8 + 25 + 10.5 + 15 + 7 + 9
        assertThat(evaluation.score()).isEqualByComparingTo("89.5");
        assertThat(evaluation.grade()).isEqualTo(CreditGrade.AA);
    }

    @Test
    @DisplayName("DS-3.3.2 a missing input scores by its factor's explicit rule, never a silent zero")
    void givenMissingInputs_whenEvaluated_thenEachFactorsRuleApplies() {
        Map<String, String> inputs = solidInputs();
        inputs.remove("yearsInBusiness");
        inputs.remove("daysPastDueTrend");
        inputs.remove("externalRating");

        Evaluation evaluation = card.evaluate(inputs);

        ScoreLine years = line(evaluation, "yearsInBusiness");
        assertThat(years.rawValue()).isEmpty();
        assertThat(years.points()).isEqualTo(10);
        assertThat(years.reason()).isEqualTo("MISSING_WORST_BAND");
        ScoreLine trend = line(evaluation, "daysPastDueTrend");
        assertThat(trend.points()).isEqualTo(60);
        assertThat(trend.reason()).isEqualTo("MISSING_FIXED_POINTS");
        assertThat(evaluation.lines()).extracting(ScoreLine::factor).doesNotContain("externalRating");
        assertThat(evaluation.lines().stream().map(ScoreLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
            .as("the remaining weights are shared out to sum to 1").isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("a factor whose rule is REJECT refuses the evaluation, naming the input")
    void givenRejectingFactorWithoutInput_whenEvaluated_thenInvalidCommand() {
        Scorecard strict = new Scorecard(List.of(new ScoreFactor("audited", BigDecimal.ONE,
            List.of(Band.category("YES", 100, "AUDITED"), Band.category("NO", 0, "NOT_AUDITED")), MissingData.REJECT, 0)),
            card.cutoffs());

        assertThatThrownBy(() -> strict.evaluate(Map.of()))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("inputs.audited");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-3.3.2");
            });
    }

    @Test
    @DisplayName("an input that is not a number, or in no band, is named")
    void givenBadInputs_whenEvaluated_thenEachNamed() {
        Map<String, String> inputs = solidInputs();
        inputs.put("registeredCapital", "lots");
        inputs.put("industry", "MINING");

        assertThatThrownBy(() -> card.evaluate(inputs))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactly("inputs.registeredCapital", "inputs.industry"));
    }

    @Test
    @DisplayName("DS-3.3.2 the grade is the best whose cut-off the score reaches, on the AAA … C scale")
    void givenScoresAtCutOffs_whenGraded_thenBestGradeReached() {
        assertThat(card.gradeOf(new BigDecimal("90"))).isEqualTo(CreditGrade.AAA);
        assertThat(card.gradeOf(new BigDecimal("89.99"))).isEqualTo(CreditGrade.AA);
        assertThat(card.gradeOf(new BigDecimal("74"))).isEqualTo(CreditGrade.A);
        assertThat(card.gradeOf(new BigDecimal("29.999"))).isEqualTo(CreditGrade.C);
        assertThat(card.gradeOf(BigDecimal.ZERO)).isEqualTo(CreditGrade.C);
    }

    @Test
    @DisplayName("DS-3.3.2 without an external rating, a weighted average of exactly 50 grades B, not CCC")
    void givenWeightedAverageExactlyAtTheBCutOffWithoutExternalRating_whenEvaluated_thenGradedB() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put("yearsInBusiness", "0");
        inputs.put("registeredCapital", "0");
        inputs.put("maxDaysPastDue", "0");
        inputs.put("daysPastDueTrend", "0");
        inputs.put("violations", "2");
        inputs.put("industry", "OTHER");

        Evaluation evaluation = card.evaluate(inputs);

        // (10 × 0.15 + 30 × 0.10 + 100 × 0.25 + 70 × 0.15 + 0 × 0.15 + 50 × 0.10) / 0.90 = 45 / 0.9 = 50
        assertThat(evaluation.score()).isEqualByComparingTo("50");
        assertThat(evaluation.grade()).isEqualTo(CreditGrade.B);
    }

    @Test
    @DisplayName("DS-3.3.2 property: for any inputs, each line's weight is its factor's configured share of the "
        + "factors counted, the contributions add up to the score, within 0–100, graded by cut-offs")
    void givenGeneratedInputs_whenEvaluated_thenContributionsAddUpToTheScore() {
        long seed = 20_261_127L;
        Random random = new Random(seed);
        Map<String, BigDecimal> configured = new HashMap<>();
        card.factors().forEach(factor -> configured.put(factor.name(), factor.weight()));
        for (int run = 0; run < 5_000; run++) {
            Map<String, String> inputs = generated(random);

            Evaluation evaluation = card.evaluate(inputs);

            BigDecimal counted = evaluation.lines().stream().map(line -> configured.get(line.factor()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sum = BigDecimal.ZERO;
            for (ScoreLine line : evaluation.lines()) {
                BigDecimal share = configured.get(line.factor()).divide(counted, MathContext.DECIMAL64);
                assertThat(line.weight()).as("seed %d, run %d, %s", seed, run, line.factor())
                    .isCloseTo(share, within(new BigDecimal("0.000001")));
                BigDecimal exact = configured.get(line.factor()).multiply(BigDecimal.valueOf(line.points()))
                    .divide(counted, MathContext.DECIMAL64);
                assertThat(line.contribution()).as("seed %d, run %d, %s", seed, run, line.factor())
                    .isCloseTo(exact, within(new BigDecimal("0.000001")));
                sum = sum.add(line.contribution());
            }
            assertThat(sum).as("seed %d, inputs %s", seed, inputs).isEqualByComparingTo(evaluation.score());
            assertThat(evaluation.score()).as("seed %d", seed).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(evaluation.grade()).as("seed %d", seed).isEqualTo(card.gradeOf(evaluation.score()));
            BigDecimal weighted = evaluation.lines().stream()
                .map(line -> configured.get(line.factor()).multiply(BigDecimal.valueOf(line.points())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            CreditGrade exact = java.util.Arrays.stream(CreditGrade.values())
                .filter(grade -> weighted.compareTo(card.cutoffs().get(grade).multiply(counted)) >= 0)
                .findFirst().orElse(CreditGrade.C);
            assertThat(evaluation.grade()).as("seed %d, inputs %s: the grade of the exact weighted average", seed,
                inputs).isEqualTo(exact);
        }
    }

    @Test
    @DisplayName("DS-3.3.2 property: paying later or breaking more rules never raises the score; "
        + "more years in business never lowers it")
    void givenGeneratedInputs_whenOneFactorWorsens_thenScoreNeverRises() {
        long seed = 20_261_128L;
        Random random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            Map<String, String> inputs = generated(random);
            inputs.put("maxDaysPastDue", Integer.toString(random.nextInt(200)));
            inputs.put("violations", Integer.toString(random.nextInt(4)));
            inputs.put("yearsInBusiness", Integer.toString(random.nextInt(40)));
            BigDecimal before = card.evaluate(inputs).score();

            assertThat(scoreWith(inputs, "maxDaysPastDue", 1 + random.nextInt(120)))
                .as("seed %d, run %d: later payment, %s", seed, run, inputs).isLessThanOrEqualTo(before);
            assertThat(scoreWith(inputs, "violations", 1 + random.nextInt(3)))
                .as("seed %d, run %d: more violations, %s", seed, run, inputs).isLessThanOrEqualTo(before);
            assertThat(scoreWith(inputs, "yearsInBusiness", -(1 + random.nextInt(20))))
                .as("seed %d, run %d: fewer years, %s", seed, run, inputs).isLessThanOrEqualTo(before);
        }
    }

    /** The score with one numeric input moved by {@code by} (not below zero). */
    private BigDecimal scoreWith(Map<String, String> inputs, String factor, int by) {
        Map<String, String> moved = new HashMap<>(inputs);
        moved.put(factor, Integer.toString(Math.max(0, Integer.parseInt(inputs.get(factor)) + by)));
        return card.evaluate(moved).score();
    }

    private static Map<String, String> generated(Random random) {
        String[] industries = {"MANUFACTURING", "SERVICES", "OTHER"};
        String[] ratings = {"AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"};
        Map<String, String> inputs = new HashMap<>();
        maybe(random, inputs, "yearsInBusiness", BigDecimal.valueOf(random.nextInt(400), 1).toPlainString());
        maybe(random, inputs, "registeredCapital", Long.toString((long) (random.nextDouble() * 300_000_000L)));
        maybe(random, inputs, "maxDaysPastDue", Integer.toString(random.nextInt(200)));
        maybe(random, inputs, "daysPastDueTrend", BigDecimal.valueOf(random.nextInt(800) - 400, 1).toPlainString());
        maybe(random, inputs, "violations", Integer.toString(random.nextInt(4)));
        maybe(random, inputs, "industry", industries[random.nextInt(industries.length)]);
        maybe(random, inputs, "externalRating", ratings[random.nextInt(ratings.length)]);
        return inputs;
    }

    private static void maybe(Random random, Map<String, String> inputs, String key, String value) {
        if (random.nextInt(5) > 0) {
            inputs.put(key, value);
        }
    }

    private static ScoreLine line(Evaluation evaluation, String factor) {
        return evaluation.lines().stream().filter(l -> l.factor().equals(factor)).findFirst().orElseThrow();
    }
}
