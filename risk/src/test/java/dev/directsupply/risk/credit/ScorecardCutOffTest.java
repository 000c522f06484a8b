package dev.directsupply.risk.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grades at every cut-off (DS-3.3.2), just below, at and just above each, with and without the external
 * rating, on scores computed by hand. Without the rating its weight (0.1) is shared out, so the score is
 * a weighted average over 0.9 that is often no finite decimal: the grade must be judged on the exact
 * average, and the score shown must be cut down, never rounded up over a cut-off.
 */
class ScorecardCutOffTest {
    private static final Scorecard POLICY = PolicyParameters.defaults(List.of(CreditParameters.SECTION))
        .section(CreditParameters.class).scorecard();

    /**
     * A card of three factors of weight 0.3 and an external rating of 0.1 (left out when missing), each
     * scoring its input as points (an input of 83 scores 83), with the policy's cut-offs. With the
     * rating, the score is 0.3·(a + b + c) + 0.1·r; without, (a + b + c) / 3.
     */
    private static final Scorecard THIRDS = new Scorecard(List.of(pointsAsInput("a", "0.3", MissingData.REJECT),
        pointsAsInput("b", "0.3", MissingData.REJECT), pointsAsInput("c", "0.3", MissingData.REJECT),
        pointsAsInput("rating", "0.1", MissingData.EXCLUDE)), POLICY.cutoffs());

    private static ScoreFactor pointsAsInput(String name, String weight, MissingData missing) {
        List<Band> bands = new ArrayList<>();
        for (int points = 0; points < 100; points++) {
            bands.add(Band.range(Integer.toString(points), Integer.toString(points + 1), points, "P" + points));
        }
        bands.add(Band.range("100", null, 100, "P100"));
        return new ScoreFactor(name, new BigDecimal(weight), bands, missing, null);
    }

    private static Map<String, String> inputs(String... keysAndValues) {
        Map<String, String> inputs = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!keysAndValues[i + 1].isEmpty()) {
                inputs.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return inputs;
    }

    private static void assertExplained(Evaluation evaluation) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal contributions = BigDecimal.ZERO;
        for (ScoreLine line : evaluation.lines()) {
            weights = weights.add(line.weight());
            contributions = contributions.add(line.contribution());
        }
        assertThat(weights).as("the weights shown add up to 1").isEqualByComparingTo("1");
        assertThat(contributions).as("the contributions add up to the score shown")
            .isEqualByComparingTo(evaluation.score());
    }

    @ParameterizedTest(name = "{0} + {1} + {2}, no rating -> {3} ({4})")
    @DisplayName("DS-3.3.2 without the external rating, (a + b + c) / 3 is graded exactly at each cut-off")
    @CsvSource({
        // a, b, c, score shown, grade: at the cut-off (a + b + c = 3 × cut-off), a third below, a third above
        "91, 90, 89, 90, AAA", "91, 90, 88, 89.666666, AA", "91, 90, 90, 90.333333, AAA",
        "83, 82, 81, 82, AA", "83, 82, 80, 81.666666, A", "83, 82, 82, 82.333333, AA",
        "75, 74, 73, 74, A", "75, 74, 72, 73.666666, BBB", "75, 74, 74, 74.333333, A",
        "67, 66, 65, 66, BBB", "67, 66, 64, 65.666666, BB", "67, 66, 66, 66.333333, BBB",
        "59, 58, 57, 58, BB", "59, 58, 56, 57.666666, B", "59, 58, 58, 58.333333, BB",
        "51, 50, 49, 50, B", "51, 50, 48, 49.666666, CCC", "51, 50, 50, 50.333333, B",
        "41, 40, 39, 40, CCC", "41, 40, 38, 39.666666, CC", "41, 40, 40, 40.333333, CCC",
        "31, 30, 29, 30, CC", "31, 30, 28, 29.666666, C", "31, 30, 30, 30.333333, CC",
        "0, 0, 0, 0, C", "1, 0, 0, 0.333333, C"})
    void givenThirdsWithoutRating_whenEvaluated_thenGradedOnTheExactAverage(String a, String b, String c,
                                                                           String shown, CreditGrade grade) {
        Evaluation evaluation = THIRDS.evaluate(inputs("a", a, "b", b, "c", c));

        assertThat(evaluation.score()).isEqualByComparingTo(shown);
        assertThat(evaluation.grade()).isEqualTo(grade);
        assertThat(THIRDS.gradeOf(evaluation.score())).as("the score shown reads as the same grade").isEqualTo(grade);
        assertExplained(evaluation);
    }

    @ParameterizedTest(name = "{0} + {1} + {2}, rating {3} -> {4} ({5})")
    @DisplayName("DS-3.3.2 with the external rating, 0.3·(a + b + c) + 0.1·r is graded exactly at each cut-off")
    @CsvSource({
        // at the cut-off, a tenth below (rating one lower), a tenth above (rating one higher)
        "90, 90, 90, 90, 90, AAA", "90, 90, 90, 89, 89.9, AA", "90, 90, 90, 91, 90.1, AAA",
        "82, 82, 82, 82, 82, AA", "82, 82, 82, 81, 81.9, A", "82, 82, 82, 83, 82.1, AA",
        "74, 74, 74, 74, 74, A", "74, 74, 74, 73, 73.9, BBB", "74, 74, 74, 75, 74.1, A",
        "66, 66, 66, 66, 66, BBB", "66, 66, 66, 65, 65.9, BB", "66, 66, 66, 67, 66.1, BBB",
        "58, 58, 58, 58, 58, BB", "58, 58, 58, 57, 57.9, B", "58, 58, 58, 59, 58.1, BB",
        "50, 50, 50, 50, 50, B", "50, 50, 50, 49, 49.9, CCC", "50, 50, 50, 51, 50.1, B",
        "40, 40, 40, 40, 40, CCC", "40, 40, 40, 39, 39.9, CC", "40, 40, 40, 41, 40.1, CCC",
        "30, 30, 30, 30, 30, CC", "30, 30, 30, 29, 29.9, C", "30, 30, 30, 31, 30.1, CC",
        "0, 0, 0, 0, 0, C", "0, 0, 0, 1, 0.1, C"})
    void givenThirdsWithRating_whenEvaluated_thenGradedAtTheCutOffs(String a, String b, String c, String rating,
                                                                   String shown, CreditGrade grade) {
        Evaluation evaluation = THIRDS.evaluate(inputs("a", a, "b", b, "c", c, "rating", rating));

        assertThat(evaluation.score()).isEqualByComparingTo(shown);
        assertThat(evaluation.grade()).isEqualTo(grade);
        assertThat(evaluation.lines()).extracting(ScoreLine::weight).map(BigDecimal::toPlainString)
            .as("the configured weights, exactly").containsExactly("0.3", "0.3", "0.3", "0.1");
        assertExplained(evaluation);
    }

    @ParameterizedTest(name = "years {0}, capital {1}, past due {2}, trend {3}, violations {4}, {5}, rating {6} -> {7}")
    @DisplayName("DS-3.3.2 the policy's scorecard grades its own cut-offs by hand-computed scores")
    @CsvSource({
        // no rating: Σ points × weight over the six factors, divided by 0.9
        // 1.5 + 3 + 25 + 10.5 + 0 + 5 = 45; 45 / 0.9 = 50 (the case that scored 49.999990 -> CCC)
        "0, 0, 0, 0, 2, OTHER, '', 50, B",
        // 1.5 + 3 + 25 + 6 + 7.5 + 6 = 49; 49 / 0.9 = 54.444…
        "0, 0, 0, 10, 1, SERVICES, '', 54.444444, B",
        // 1.5 + 3 + 25 + 1.5 + 7.5 + 6 = 44.5; 44.5 / 0.9 = 49.444…
        "0, 0, 0, 20, 1, SERVICES, '', 49.444444, CCC",
        // 1.5 + 3 + 25 + 1.5 + 7.5 + 7 = 45.5; 45.5 / 0.9 = 50.555…
        "0, 0, 0, 20, 1, MANUFACTURING, '', 50.555555, B",
        // 15 + 6 + 25 + 15 + 15 + 5 = 81; 81 / 0.9 = 90
        "12, 5000000, 0, -10, 0, OTHER, '', 90, AAA",
        // 15 + 10 + 25 + 10.5 + 15 + 5 = 80.5; 80.5 / 0.9 = 89.444…
        "12, 200000000, 0, 0, 0, OTHER, '', 89.444444, AA",
        // 1.5 + 3 + 25 + 1.5 + 0 + 5 = 36; 36 / 0.9 = 40
        "0, 0, 0, 20, 2, OTHER, '', 40, CCC",
        // 1.5 + 3 + 10 + 15 + 0 + 6 = 35.5; 35.5 / 0.9 = 39.444…
        "0, 0, 45, -10, 2, SERVICES, '', 39.444444, CC",
        // 1.5 + 3 + 0 + 1.5 + 15 + 6 = 27; 27 / 0.9 = 30
        "0, 0, 120, 20, 0, SERVICES, '', 30, CC",
        // 1.5 + 3 + 0 + 15 + 0 + 7 = 26.5; 26.5 / 0.9 = 29.444…
        "0, 0, 120, -10, 2, MANUFACTURING, '', 29.444444, C",
        // with the rating, the plain sum: 1.5 + 3 + 25 + 15 + 0 + 5 + 0.5 = 50
        "0, 0, 0, -10, 2, OTHER, C, 50, B",
        // 1.5 + 3 + 25 + 10.5 + 0 + 7 + 2.5 = 49.5
        "0, 0, 0, 0, 2, MANUFACTURING, CCC, 49.5, CCC",
        // 15 + 3 + 25 + 15 + 15 + 7 + 10 = 90
        "12, 0, 0, -10, 0, MANUFACTURING, AAA, 90, AAA",
        // 1.5 + 10 + 25 + 15 + 15 + 7 + 0.5 = 74
        "0, 200000000, 0, -10, 0, MANUFACTURING, C, 74, A",
        // 1.5 + 3 + 25 + 15 + 15 + 7 + 7 = 73.5
        "0, 0, 0, -10, 0, MANUFACTURING, BBB, 73.5, BBB"})
    void givenPolicyCard_whenEvaluated_thenHandComputedGrade(String years, String capital, String pastDue,
                                                             String trend, String violations, String industry,
                                                             String rating, String shown, CreditGrade grade) {
        Evaluation evaluation = POLICY.evaluate(inputs("yearsInBusiness", years, "registeredCapital", capital,
            "maxDaysPastDue", pastDue, "daysPastDueTrend", trend, "violations", violations, "industry", industry,
            "externalRating", rating == null ? "" : rating));

        assertThat(evaluation.score()).isEqualByComparingTo(shown);
        assertThat(evaluation.grade()).isEqualTo(grade);
        assertExplained(evaluation);
    }

    @Test
    @DisplayName("DS-3.3.2 the weights shared out are the exact shares cut to six places, the lost units handed "
        + "to the lines that lost most, and each contribution within a millionth of its exact share")
    void givenNoRating_whenEvaluated_thenWeightsAndContributionsAreTheExactSharesApportioned() {
        Evaluation evaluation = POLICY.evaluate(inputs("yearsInBusiness", "0", "registeredCapital", "0",
            "maxDaysPastDue", "0", "daysPastDueTrend", "0", "violations", "2", "industry", "OTHER"));

        // 0.15 / 0.9 = 0.1666…, 0.1 / 0.9 = 0.1111…, 0.25 / 0.9 = 0.2777…: cut, they sum to 0.999997; the three
        // units go to the lines that lost most (0.2777… first, then the first two of 0.1666…)
        assertThat(evaluation.lines()).extracting(line -> line.weight().toPlainString())
            .containsExactly("0.166667", "0.111111", "0.277778", "0.166667", "0.166666", "0.111111");
        // contributions 1.6666…, 3.3333…, 27.7777…, 11.6666…, 0, 5.5555…: cut they sum to 49.999997, the
        // three units go to 27.7777… (lost 0.00000077…), then 1.6666… and 11.6666… (0.00000066… each, the
        // earlier first) ahead of 5.5555… (0.00000055…); the zero stays zero
        assertThat(evaluation.lines()).extracting(line -> line.contribution().toPlainString())
            .containsExactly("1.666667", "3.333333", "27.777778", "11.666667", "0.000000", "5.555555");
        assertThat(evaluation.score().toPlainString()).isEqualTo("50.000000");
    }

    @Test
    @DisplayName("DS-3.3.2 with nothing to count, the score is zero with no lines, graded C")
    void givenOnlyExcludedFactors_whenEvaluated_thenZeroAndC() {
        Scorecard ratingOnly = new Scorecard(List.of(pointsAsInput("rating", "1", MissingData.EXCLUDE)),
            POLICY.cutoffs());

        Evaluation evaluation = ratingOnly.evaluate(Map.of());

        assertThat(evaluation.lines()).isEmpty();
        assertThat(evaluation.score()).isEqualByComparingTo("0");
        assertThat(evaluation.grade()).isEqualTo(CreditGrade.C);
    }
}
