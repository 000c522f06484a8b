package dev.directsupply.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import dev.directsupply.risk.credit.CreditGrade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad parameters are refused as a whole, each problem naming its key and the rule. */
class RiskParametersTest {

    private static InvalidPolicyParameters refusal(String json) {
        try {
            RiskParameters.from(JsonPolicyFile.parse(json, "policy.json"), "test", "policy.json");
        } catch (InvalidPolicyParameters refused) {
            return refused;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    @DisplayName("the shipped defaults load: minimum grade A (DS-3.3.2), watch at 90% of the limit, 30 days tolerated")
    void givenDefaults_whenLoaded_thenPolicyValues() {
        RiskParameters defaults = RiskParameters.defaults();

        assertThat(defaults.credit().minimumGrade()).isEqualTo(CreditGrade.A);
        assertThat(defaults.creditCheck().watchShare()).isEqualByComparingTo("0.9");
        assertThat(defaults.creditCheck().overdueToleranceDays()).isEqualTo(30);
        assertThat(defaults.receivables().ageingBucketUpperBounds()).containsExactly(0, 30, 60, 90, 120);
        assertThat(defaults.receivables().dunningLevels()).extracting(level -> level.daysAfterDue())
            .containsExactly(7, 30, 60, 90);
    }

    @Test
    @DisplayName("DS-3.3.2 weights that do not sum to 1 are refused")
    void givenWeightsNotSummingToOne_whenRead_thenRefused() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"factors": [
              {"name": "a", "weight": 0.5, "missing": "WORST_BAND", "bands": [{"points": 50, "reason": "ALL"}]},
              {"name": "b", "weight": 0.4, "missing": "WORST_BAND", "bands": [{"points": 50, "reason": "ALL"}]}]}}""");

        Violation violation = refused.violations().get(0);
        assertThat(refused.keys()).containsExactly("credit.factors");
        assertThat(violation.rule()).isEqualTo("DS-3.3.2");
        assertThat(violation.english()).contains("sum to 1, not 0.9");
        assertThat(violation.chinese()).contains("权重之和须为 1");
    }

    @Test
    @DisplayName("DS-3.3.2 overlapping bands are refused, naming the band")
    void givenOverlappingBands_whenRead_thenRefusedNamingTheBand() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"factors": [{"name": "a", "weight": 1, "missing": "WORST_BAND", "bands": [
               {"to": 10, "points": 10, "reason": "LOW"},
               {"from": 5, "points": 90, "reason": "HIGH"}]}]}}""");

        assertThat(refused.keys()).containsExactly("credit.factors[0].bands[1]");
        assertThat(refused.violations().get(0).english()).contains("overlaps");
    }

    @Test
    @DisplayName("bands with a gap between them are refused too")
    void givenBandsWithGap_whenRead_thenRefused() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"factors": [{"name": "a", "weight": 1, "missing": "WORST_BAND", "bands": [
               {"to": 10, "points": 10, "reason": "LOW"},
               {"from": 20, "points": 90, "reason": "HIGH"}]}]}}""");

        assertThat(refused.violations().get(0).english()).contains("gap from 10 to 20");
    }

    @Test
    @DisplayName("an unknown grade, cut-offs out of order, a share above 1 and unordered buckets are each named")
    void givenSeveralProblems_whenRead_thenEachNamed() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"minimumGrade": "AAAA",
                        "gradeCutoffs": {"AAA": 90, "AA": 95, "A": 74, "BBB": 66, "BB": 58, "B": 50, "CCC": 40,
                                         "CC": 30, "C": 0}},
             "creditCheck": {"watchShare": 1.5},
             "receivables": {"ageingBucketUpperBounds": [0, 60, 30]}}""");

        assertThat(refused.keys()).contains("credit.minimumGrade", "credit.gradeCutoffs.AA", "creditCheck.watchShare",
            "receivables.ageingBucketUpperBounds");
    }

    @Test
    @DisplayName("DS-6.2.1 a measure table that leaves a grade and state without measures is refused")
    void givenMeasureTableWithHole_whenRead_thenRefused() {
        InvalidPolicyParameters refused = refusal("""
            {"mitigation": {"relaxOnUpgrade": true,
               "ungraded": {"prepaymentRatio": 1, "paymentTermDays": 0, "guaranteeRequired": false, "creditStop": false},
               "rows": [{"grades": ["AAA"], "overdue": ["CURRENT"], "prepaymentRatio": 0, "paymentTermDays": 60,
                         "guaranteeRequired": false, "creditStop": false}]}}""");

        assertThat(refused.violations()).extracting(Violation::code).contains("risk.parameter.rows-uncovered");
        assertThat(refused.violations()).anyMatch(v -> v.english().contains("grade AA in state CURRENT"));
    }

    @Test
    @DisplayName("a file that changes one value keeps every other default and carries its version")
    void givenOneOverride_whenRead_thenRestDefault() {
        RiskParameters read = RiskParameters.from(JsonPolicyFile.parse(
            "{\"creditCheck\": {\"overdueToleranceDays\": 15}}", "policy.json"), "2026-11", "policy.json");

        assertThat(read.creditCheck().overdueToleranceDays()).isEqualTo(15);
        assertThat(read.creditCheck().watchShare()).isEqualByComparingTo("0.9");
        assertThat(read.version()).isEqualTo("2026-11");
        assertThat(read.credit().scorecard().factors()).hasSize(7);
    }

    @Test
    void givenUnknownSection_whenRead_thenRefused() {
        assertThatThrownBy(() -> RiskParameters.from(JsonPolicyFile.parse("{\"credt\": {}}", "f"), "v", "f"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).containsExactly("credt"));
    }
}
