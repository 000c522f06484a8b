package dev.directsupply.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.orders.order.OrderParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The orders section of a policy file. */
class OrderParametersTest {

    @Test
    @DisplayName("the shipped defaults: agreed prices exactly, 2 transport days, warn at half the slack, CORE daily")
    void givenDefaults_whenLoaded_thenPolicyValues() {
        OrderParameters defaults = OrderParameters.defaults();

        assertThat(defaults.currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(defaults.priceTolerance()).isZero();
        assertThat(defaults.defaultTransportDays()).isEqualTo(2);
        assertThat(defaults.slackWarningShare()).isEqualByComparingTo("0.5");
        assertThat(defaults.feedbackIntervalDays(StrategicImportance.CORE)).isEqualTo(1);
        assertThat(defaults.feedbackIntervalDays(StrategicImportance.IMPORTANT)).isEqualTo(3);
        assertThat(defaults.feedbackIntervalDays(StrategicImportance.GENERAL)).isEqualTo(7);
    }

    @Test
    @DisplayName("a file that changes one value keeps the other defaults")
    void givenOneValue_whenRead_thenOthersDefault() {
        OrderParameters read = read("{\"orders\": {\"feedbackIntervalDays\": {\"GENERAL\": 14}}}");

        assertThat(read.feedbackIntervalDays(StrategicImportance.GENERAL)).isEqualTo(14);
        assertThat(read.feedbackIntervalDays(StrategicImportance.CORE)).isEqualTo(1);
        assertThat(read.slackWarningShare()).isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("bad values and unknown keys are each named, and the file is refused whole")
    void givenBadValues_whenRead_thenEveryKeyNamed() {
        assertThatThrownBy(() -> read("{\"orders\": {\"priceTolerance\": 0.9, "
            + "\"slackWarningShare\": 0, \"defaultTransportDays\": -1, \"feedbackIntervalDays\": {\"CORE\": 0, "
            + "\"VIP\": 1}, \"colour\": \"red\"}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, refused -> assertThat(refused.violations())
                .extracting(Violation::field).containsExactlyInAnyOrder("orders.colour", "orders.defaultTransportDays",
                    "orders.feedbackIntervalDays.VIP", "orders.priceTolerance", "orders.slackWarningShare"));
        assertThatThrownBy(() -> read("{\"orders\": {\"feedbackIntervalDays\": {\"CORE\": 0}}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, refused -> assertThat(refused.violations())
                .extracting(Violation::field).containsExactly("orders.feedbackIntervalDays[CORE]"));
        assertThatThrownBy(() -> read("{\"orders\": {\"priceTolerance\": 0.9, "
            + "\"slackWarningShare\": 0}}"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, refused -> assertThat(refused.violations())
                .extracting(Violation::field).containsExactlyInAnyOrder("orders.priceTolerance",
                    "orders.slackWarningShare"));
    }

    private static OrderParameters read(String json) {
        return PolicyParameters.read(new OrdersModule().parameters(), PolicyFile.json(json, "policy.json"))
            .section(OrderParameters.class);
    }
}
