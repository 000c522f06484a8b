package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassificationParametersTest {

    private static ClassificationParameters read(String json) {
        return PolicyParameters.read(List.of(ClassificationParameters.SECTION), PolicyFile.json(json, "policy.json"))
            .section(ClassificationParameters.class);
    }

    @Test
    @DisplayName("DS-2.2.1 the shipped defaults are POLICY.md's: X1 = 500万元, X2 = 100万元")
    void givenShippedDefaults_whenLoaded_thenPolicyValues() {
        ClassificationParameters defaults = ClassificationParameters.defaults();

        assertThat(defaults.x1()).isEqualTo(Money.cnyWan(500));
        assertThat(defaults.x2()).isEqualTo(Money.cnyWan(100));
        assertThat(defaults.purchaseWindowMonths()).isEqualTo(12);
        assertThat(defaults.currency()).isEqualTo(Money.CNY);
    }

    @Test
    @DisplayName("a policy file overrides the keys it names and keeps the defaults of the rest")
    void givenFileWithOneKey_whenRead_thenThatKeyOverridden() {
        ClassificationParameters read = read("{\"classification\": {\"largeThreshold\": 8000000}}");

        assertThat(read.x1()).isEqualTo(Money.cny("8000000"));
        assertThat(read.x2()).isEqualTo(Money.cnyWan(100));
    }

    @Test
    @DisplayName("DS-2.2.1 X2 ≥ X1 is rejected, naming the key, in English and Chinese")
    void givenThresholdsOutOfOrder_whenRead_thenRejectedNamingTheKey() {
        assertThatThrownBy(() -> read("{\"classification\": {\"largeThreshold\": 1000000, \"mediumThreshold\": 6000000}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> {
                assertThat(e.keys()).containsExactly("classification.mediumThreshold");
                Violation violation = e.violations().get(0);
                assertThat(violation.rule()).isEqualTo("DS-2.2.1");
                assertThat(violation.english())
                    .isEqualTo("X2 (mediumThreshold = 6000000.00 CNY) must be below X1 (largeThreshold = 1000000.00 CNY)");
                assertThat(violation.chinese())
                    .isEqualTo("X2（mediumThreshold = 6000000.00 CNY）须低于 X1（largeThreshold = 1000000.00 CNY）");
                assertThat(e.getMessage()).contains("policy.json").contains("classification.mediumThreshold");
            });
    }

    @Test
    @DisplayName("every problem of a file is reported at once, each with its key")
    void givenSeveralProblems_whenRead_thenAllReported() {
        assertThatThrownBy(() -> read(
            "{\"classification\": {\"largeTreshold\": 1, \"mediumThreshold\": \"lots\", \"purchaseWindowMonths\": 0}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).containsExactlyInAnyOrder(
                "classification.largeTreshold", "classification.mediumThreshold",
                "classification.purchaseWindowMonths"));
    }

    @Test
    @DisplayName("X2 equal to X1 is out of order too, when parameters are set in code")
    void givenEqualThresholds_whenSet_thenRejected() {
        ClassificationParameters equal = new ClassificationParameters(Money.CNY, new BigDecimal("100"),
            new BigDecimal("100"), 12, 12, 24);

        assertThatThrownBy(() -> PolicyParameters.defaults(List.of(ClassificationParameters.SECTION)).with(equal))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification.mediumThreshold"));
    }

    @Test
    @DisplayName("DS-7.1.1 a purchase history shorter than the window is refused")
    void givenRetentionShorterThanWindow_whenRead_thenRejected() {
        assertThatThrownBy(() -> read("{\"classification\": {\"purchaseRetentionMonths\": 6}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> {
                assertThat(e.keys()).containsExactly("classification.purchaseRetentionMonths");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-7.1.1");
            });
    }

    @Test
    @DisplayName("a threshold with more decimals than its currency has is refused")
    void givenThresholdWithTooManyDecimals_whenRead_thenRejected() {
        assertThatThrownBy(() -> read("{\"classification\": {\"largeThreshold\": 8000000.001}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification.largeThreshold"));
    }

    @Test
    @DisplayName("a section that is not an object is an error, not a silent return to the defaults")
    void givenSectionThatIsANumber_whenRead_thenRejected() {
        assertThatThrownBy(() -> read("{\"classification\": 5}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification"));
    }

    @Test
    @DisplayName("a null value is an error naming its key, not a silent default")
    void givenNullThreshold_whenRead_thenRejected() {
        assertThatThrownBy(() -> read("{\"classification\": {\"largeThreshold\": null}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.keys()).containsExactly("classification.largeThreshold"));
    }

    @Test
    @DisplayName("a key given twice is an error, not last-one-wins")
    void givenDuplicatedKey_whenRead_thenRejected() {
        assertThatThrownBy(() -> read("{\"classification\": {\"largeThreshold\": 1, \"largeThreshold\": 2}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.getMessage()).contains("largeThreshold"));
    }
}
