package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassificationParametersTest {

    @Test
    @DisplayName("DS-2.2.1 the shipped defaults are POLICY.md's: X1 = 500万元, X2 = 100万元")
    void givenShippedDefaults_whenLoaded_thenPolicyValues() {
        ClassificationParameters defaults = ClassificationParameters.defaults();

        assertThat(defaults.largeThreshold()).isEqualTo(Money.cnyWan(500));
        assertThat(defaults.mediumThreshold()).isEqualTo(Money.cnyWan(100));
        assertThat(defaults.purchaseWindowMonths()).isEqualTo(12);
        assertThat(defaults.currency()).isEqualTo(Money.CNY);
    }

    @Test
    @DisplayName("a policy file overrides the keys it names and keeps the defaults of the rest")
    void givenFileWithOneKey_whenRead_thenThatKeyOverridden() {
        ClassificationParameters read = ClassificationParameters.from(
            JsonPolicyFile.parse("{\"classification\": {\"largeThreshold\": 8000000}}", "policy.json"));

        assertThat(read.largeThreshold()).isEqualTo(Money.cny("8000000"));
        assertThat(read.mediumThreshold()).isEqualTo(Money.cnyWan(100));
    }

    @Test
    @DisplayName("DS-2.2.1 X2 ≥ X1 is rejected, naming the key, in English and Chinese")
    void givenThresholdsOutOfOrder_whenRead_thenRejectedNamingTheKey() {
        assertThatThrownBy(() -> ClassificationParameters.from(JsonPolicyFile.parse(
            "{\"classification\": {\"largeThreshold\": 1000000, \"mediumThreshold\": 6000000}}", "policy.json")))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> {
                assertThat(e.keys()).containsExactly("classification.mediumThreshold");
                Violation violation = e.violations().get(0);
                assertThat(violation.rule()).isEqualTo("DS-2.2.1");
                assertThat(violation.english())
                    .isEqualTo("X2 (mediumThreshold = 6000000.00 CNY) must be below X1 (largeThreshold = 1000000.00 CNY)");
                assertThat(violation.chinese())
                    .isEqualTo("X2（mediumThreshold = 6000000.00 CNY）须低于 X1（largeThreshold = 1000000.00 CNY）");
                assertThat(e.getMessage()).contains("policy file").contains("classification.mediumThreshold");
            });
    }

    @Test
    @DisplayName("every problem of a file is reported at once, each with its key")
    void givenSeveralProblems_whenRead_thenAllReported() {
        assertThatThrownBy(() -> ClassificationParameters.from(JsonPolicyFile.parse(
            "{\"classification\": {\"largeTreshold\": 1, \"mediumThreshold\": \"lots\", \"purchaseWindowMonths\": 0}}",
            "policy.json")))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).containsExactlyInAnyOrder(
                "classification.largeTreshold", "classification.mediumThreshold",
                "classification.purchaseWindowMonths"));
    }

    @Test
    @DisplayName("X2 equal to X1 is out of order too")
    void givenEqualThresholds_whenBuilt_thenRejected() {
        assertThatThrownBy(() -> ClassificationParameters.builder().largeThreshold(Money.cny("100"))
            .mediumThreshold(Money.cny("100")).purchaseWindowMonths(12).newCustomerMonths(12)
            .purchaseRetentionMonths(24).build())
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification.mediumThreshold"));
    }

    @Test
    @DisplayName("a builder missing fields fails with a typed error naming each")
    void givenMissingFields_whenBuilt_thenInvalidPolicyParametersNamingThem() {
        assertThatThrownBy(() -> ClassificationParameters.builder().largeThreshold(Money.cny("100")).build())
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).contains(
                "classification.mediumThreshold", "classification.purchaseWindowMonths"));
    }

    @Test
    @DisplayName("a section that is not an object is an error, not a silent return to the defaults")
    void givenSectionThatIsANumber_whenRead_thenRejected() {
        assertThatThrownBy(() -> ClassificationParameters.from(JsonPolicyFile.parse("{\"classification\": 5}", "f")))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification"));
    }

    @Test
    @DisplayName("a null value is an error naming its key, not a silent default")
    void givenNullThreshold_whenRead_thenRejected() {
        assertThatThrownBy(() -> ClassificationParameters.from(JsonPolicyFile.parse(
            "{\"classification\": {\"largeThreshold\": null}}", "f")))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification.largeThreshold"));
    }

    @Test
    @DisplayName("a key given twice is an error, not last-one-wins")
    void givenDuplicatedKey_whenRead_thenRejected() {
        assertThatThrownBy(() -> JsonPolicyFile.parse(
            "{\"classification\": {\"largeThreshold\": 1, \"largeThreshold\": 2}}", "f"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.getMessage()).contains("largeThreshold"));
    }
}
