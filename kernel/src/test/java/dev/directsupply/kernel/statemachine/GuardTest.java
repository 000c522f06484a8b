package dev.directsupply.kernel.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A guard on a transition: described, tied to the policy rule it enforces, and tested on a context. */
class GuardTest {

    @Test
    @DisplayName("a guard holds its description, rule and test")
    void givenGuard_whenMade_thenDescribedAndTested() {
        Guard<Integer> positive = Guard.of("the amount is positive", "DS-4.1.2", amount -> amount > 0);

        assertThat(positive.description()).isEqualTo("the amount is positive");
        assertThat(positive.rule()).isEqualTo("DS-4.1.2");
        assertThat(positive.condition().test(1)).isTrue();
        assertThat(positive.condition().test(0)).isFalse();
        assertThat(positive.label(Messages.CHINESE)).isEqualTo("the amount is positive");
    }

    @Test
    @DisplayName("a guard described by a catalogue key is described in each language")
    void givenCatalogueKey_whenLabelled_thenPerLanguage() {
        Guard<Integer> guard = Guard.of("kernel.role.FINANCE", "DS-4.1.2", amount -> true);

        assertThat(guard.label(Messages.ENGLISH)).isEqualTo("Finance");
        assertThat(guard.label(Messages.CHINESE)).isNotEqualTo("Finance").isNotEqualTo("kernel.role.FINANCE");
    }

    @Test
    @DisplayName("a guard without a description, or without a DS- rule, is refused")
    void givenUndescribedOrUnruledGuard_whenMade_thenRefused() {
        assertThatThrownBy(() -> Guard.of(null, "DS-4.1.2", x -> true)).hasMessage("a guard is described");
        assertThatThrownBy(() -> Guard.of(" ", "DS-4.1.2", x -> true)).hasMessage("a guard is described");
        assertThatThrownBy(() -> Guard.of("paid", null, x -> true))
            .hasMessage("a guard names the policy rule it enforces, not null");
        assertThatThrownBy(() -> Guard.of("paid", "4.1.2", x -> true))
            .hasMessage("a guard names the policy rule it enforces, not 4.1.2");
        assertThatThrownBy(() -> Guard.of("paid", "DS-4.1.2", null)).hasMessage("condition");
    }
}
