package dev.directsupply.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A subscriber's name is what the relay notes deliveries under: short, stable, lower case. */
class SubscriptionTest {
    private static final EventHandler IGNORE = event -> {
    };

    @Test
    @DisplayName("a name of lower-case letters, digits and hyphens, starting with a letter, up to 27 characters")
    void givenWellFormedNames_whenSubscribed_thenAccepted() {
        assertThat(new Subscription("a", "orders.OrderAccepted", IGNORE).name()).isEqualTo("a");
        assertThat(new Subscription("risk-on-order-accepted-2", "orders.OrderAccepted", IGNORE).eventType())
            .isEqualTo("orders.OrderAccepted");
        assertThat(new Subscription("a" + "b".repeat(26), "orders.OrderAccepted", IGNORE).name()).hasSize(27);
    }

    @Test
    @DisplayName("a missing, long, upper-case or digit-first name is refused, quoting it")
    void givenMalformedNames_whenSubscribed_thenRefused() {
        for (String name : new String[] {null, "", "a" + "b".repeat(27), "Risk", "2nd", "risk_on", "-risk"}) {
            assertThatThrownBy(() -> new Subscription(name, "orders.OrderAccepted", IGNORE)).as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not '" + name + "'");
        }
    }

    @Test
    @DisplayName("a subscription names its event type and its handler")
    void givenNoEventTypeOrHandler_whenSubscribed_thenRefused() {
        assertThatThrownBy(() -> new Subscription("risk", null, IGNORE)).hasMessage("eventType");
        assertThatThrownBy(() -> new Subscription("risk", "orders.OrderAccepted", null)).hasMessage("handler");
    }
}
