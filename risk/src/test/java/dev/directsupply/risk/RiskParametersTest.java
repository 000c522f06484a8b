package dev.directsupply.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.risk.account.CreditCheckParameters;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.receivables.ReceivablesParameters;
import dev.directsupply.risk.register.RiskLevel;
import dev.directsupply.risk.register.RiskRegisterParameters;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The risk module's six policy sections, read from a file over their defaults and checked. */
class RiskParametersTest {

    private static PolicyParameters read(String json) {
        return PolicyParameters.read(new RiskModule().parameters(), PolicyFile.json(json, "policy.json"));
    }

    private static InvalidPolicyParameters refusal(String json) {
        try {
            read(json);
        } catch (InvalidPolicyParameters refused) {
            return refused;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    @DisplayName("the shipped defaults load: minimum grade A (DS-3.3.2), watch at 90% of the limit, 30 days tolerated")
    void givenDefaults_whenLoaded_thenPolicyValues() {
        PolicyParameters defaults = PolicyParameters.defaults(new RiskModule().parameters());

        assertThat(defaults.section(CreditParameters.class).minimumGrade()).isEqualTo(CreditGrade.A);
        assertThat(defaults.section(CreditCheckParameters.class).watchShare()).isEqualByComparingTo("0.9");
        assertThat(defaults.section(CreditCheckParameters.class).overdueToleranceDays()).isEqualTo(30);
        assertThat(defaults.section(ReceivablesParameters.class).ageingBucketUpperBounds())
            .containsExactly(0, 30, 60, 90, 120);
        assertThat(defaults.section(ReceivablesParameters.class).dunningLevels())
            .extracting(level -> level.daysAfterDue()).containsExactly(7, 30, 60, 90);
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
    @DisplayName("a factor scored at fixed points when missing names the points, and a band names its points")
    void givenFactorMissingItsPoints_whenRead_thenRefusedNamingTheKeys() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"factors": [{"name": "a", "weight": 1, "missing": "FIXED_POINTS", "bands": [
               {"reason": "ALL"}]}]}}""");

        assertThat(refused.keys()).containsExactlyInAnyOrder("credit.factors[0].missingPoints",
            "credit.factors[0].bands[0].points");
    }

    @Test
    @DisplayName("an unknown grade, cut-offs out of order, a share above 1 and unordered buckets are each named")
    void givenSeveralProblems_whenRead_thenEachNamed() {
        InvalidPolicyParameters refused = refusal("""
            {"credit": {"gradeCutoffs": {"AA": 95}},
             "creditCheck": {"watchShare": 1.5, "orderMinimumGrade": "AAAA"},
             "receivables": {"ageingBucketUpperBounds": [0, 60, 30]}}""");

        assertThat(refused.keys()).contains("credit.gradeCutoffs.AA", "creditCheck.watchShare",
            "creditCheck.orderMinimumGrade", "receivables.ageingBucketUpperBounds");
    }

    @Test
    @DisplayName("DS-6.2.1 a measure table that leaves a grade and state without measures is refused")
    void givenMeasureTableWithHole_whenRead_thenRefused() {
        InvalidPolicyParameters refused = refusal("""
            {"mitigation": {"rows": [{"grades": ["AAA"], "overdue": ["CURRENT"], "prepaymentRatio": 0,
                         "paymentTermDays": 60, "guaranteeRequired": false, "creditStop": false}]}}""");

        assertThat(refused.violations()).extracting(Violation::code).contains("risk.parameter.rows-uncovered");
        assertThat(refused.violations()).anyMatch(v -> v.english().contains("grade AA in state CURRENT"));
    }

    @Test
    @DisplayName("DS-6.2.1 a credit-limit file that names one cell keeps every other cell of the table")
    void givenOneLimitCell_whenRead_thenOtherCellsKept() {
        PolicyParameters read = read("{\"creditLimits\": {\"limits\": {\"AAA\": {\"LARGE\": 30000000}}}}");

        var limits = read.section(dev.directsupply.risk.account.CreditLimitTable.class);
        assertThat(limits.limitFor(CreditGrade.AAA, dev.directsupply.customer.ScaleTier.LARGE).amount())
            .isEqualByComparingTo("30000000");
        assertThat(limits.limitFor(CreditGrade.AAA, dev.directsupply.customer.ScaleTier.MEDIUM).amount())
            .isEqualByComparingTo("8000000");
    }

    @Test
    @DisplayName("a file that changes one value keeps every other default and carries its version")
    void givenOneOverride_whenRead_thenRestDefault() {
        PolicyParameters read = read("{\"version\": \"2026-11\", \"creditCheck\": {\"overdueToleranceDays\": 15}}");

        assertThat(read.section(CreditCheckParameters.class).overdueToleranceDays()).isEqualTo(15);
        assertThat(read.section(CreditCheckParameters.class).watchShare()).isEqualByComparingTo("0.9");
        assertThat(read.version()).isEqualTo("2026-11");
        assertThat(read.section(CreditParameters.class).scorecard().factors()).hasSize(7);
    }

    @Test
    void givenUnknownSection_whenRead_thenRefused() {
        assertThatThrownBy(() -> read("{\"credt\": {}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).containsExactly("credt"));
    }

    @Test
    @DisplayName("DS-6.1 risk levels rise strictly: equal thresholds are refused; each score falls on its level at the boundaries")
    void givenLevelThresholds_whenReadAndUsed_thenStrictAndBoundariesExact() {
        assertThat(refusal("{\"riskRegister\": {\"mediumFrom\": 10, \"highFrom\": 10}}").keys())
            .containsExactly("riskRegister.highFrom");
        assertThat(refusal("{\"riskRegister\": {\"highFrom\": 17, \"criticalFrom\": 17}}").keys())
            .containsExactly("riskRegister.highFrom");
        RiskRegisterParameters levels = read("{}").section(RiskRegisterParameters.class);

        assertThat(List.of(4, 5, 9, 10, 16, 17).stream().map(levels::levelOf).toList()).containsExactly(
            RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.CRITICAL);
    }

    @Test
    @DisplayName("DS-6.2.1 ageing buckets start at 0 and rise strictly; dunning levels come later and later, each named")
    void givenUnorderedBucketsAndLevels_whenRead_thenEachNamed() {
        assertThat(refusal("{\"receivables\": {\"ageingBucketUpperBounds\": [1, 30, 30]}}").violations())
            .extracting(v -> v.code()).containsExactlyInAnyOrder("risk.parameter.buckets-start",
                "risk.parameter.buckets-order");
        assertThat(refusal("{\"receivables\": {\"dunningLevels\": [{\"daysAfterDue\": 7, \"action\": \"REMINDER\"}, "
            + "{\"daysAfterDue\": 30, \"action\": \"CALL\"}, {\"daysAfterDue\": 30, \"action\": \"LEGAL\"}]}}").keys())
            .containsExactly("receivables.dunningLevels[2].daysAfterDue");
    }
}
