package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The message catalogue: a key's first segment names its module's bundle; placeholders are names in braces. */
class MessagesTest {

    @Test
    @DisplayName("a key's bundle is its module's; a key without a module before its first dot is refused")
    void givenKeys_whenBundleAsked_thenTheModulesBundle() {
        assertThat(Messages.bundleOf("customer.error.duplicate-customer")).isEqualTo("dev.directsupply.customer.messages");
        assertThat(Messages.bundleOf("k.x")).isEqualTo("dev.directsupply.k.messages");
        assertThatThrownBy(() -> Messages.bundleOf(".error")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a message key starts with its module: '.error'");
        assertThatThrownBy(() -> Messages.bundleOf("error")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("placeholders are filled by name; one without an argument stays as written")
    void givenTemplate_whenFilled_thenNamedPlaceholdersReplaced() {
        assertThat(Messages.fill("{a} and {b}", Messages.ENGLISH, Map.of("a", 1, "b", "two"))).isEqualTo("1 and two");
        assertThat(Messages.fill("x{a}y{unknown}z", Messages.ENGLISH, Map.of("a", "A"))).isEqualTo("xAy{unknown}z");
        assertThat(Messages.fill("{a}", Messages.ENGLISH, Map.of("a", "A"))).isEqualTo("A");
    }

    @Test
    @DisplayName("a brace that is never closed, and the text after the last placeholder, are kept as written")
    void givenUnclosedBraceAndTrailingText_whenFilled_thenKept() {
        assertThat(Messages.fill("{a} then {b", Messages.ENGLISH, Map.of("a", "A", "b", "B"))).isEqualTo("A then {b");
        assertThat(Messages.fill("{a}.", Messages.ENGLISH, Map.of("a", "A"))).isEqualTo("A.");
        assertThat(Messages.fill("no placeholders", Messages.ENGLISH, Map.of("a", "A"))).isEqualTo("no placeholders");
    }

    @Test
    @DisplayName("decimals are shown plain, lists joined in each language's way, localized values by their label")
    void givenValuesOfEachKind_whenFilled_thenRenderedForTheLanguage() {
        Map<String, Object> arguments = Map.of("amount", new BigDecimal("1E+3"), "roles", List.of(Role.SALES, Role.FINANCE));

        assertThat(Messages.fill("{amount}: {roles}", Messages.ENGLISH, arguments)).isEqualTo("1000: Sales, Finance");
        assertThat(Messages.fill("{roles}", Messages.CHINESE, arguments))
            .isEqualTo(Role.SALES.label(Messages.CHINESE) + "、" + Role.FINANCE.label(Messages.CHINESE));
    }

    @Test
    @DisplayName("a text that is not a catalogue key labels itself as written and prints as written")
    void givenPlainText_whenLocalized_thenAsWritten() {
        Messages.Localized plain = Messages.Localized.text("Order review");

        assertThat(plain.label(Messages.CHINESE)).isEqualTo("Order review");
        assertThat(plain).hasToString("Order review");
        assertThat(Messages.Localized.text("kernel.role.SALES").label(Messages.ENGLISH)).isEqualTo("Sales");
    }

    @Test
    @DisplayName("a missing key shows itself with its arguments rather than failing")
    void givenMissingKey_whenText_thenKeyAndArguments() {
        assertThat(Messages.text("kernel.no-such-key", Messages.ENGLISH, Map.of("a", 1))).isEqualTo("kernel.no-such-key{a=1}");
        assertThat(Messages.has("kernel.no-such-key")).isFalse();
        assertThat(Messages.has("nomodule")).isFalse();
    }

    @Test
    @DisplayName("a decimal is quoted plain up to 40 digits either side of the point, beyond that in scientific form")
    void givenDecimalsShortAndHuge_whenFilled_thenPlainOrScientific() {
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1E-40")))).hasSize(42);
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1E+39")))).hasSize(40);
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1E-41")))).isEqualTo("1E-41");
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1E+40")))).isEqualTo("1E+40");
        assertThat(Messages.fill("{v}", Messages.ENGLISH, Map.of("v", new BigDecimal("1e-100000000"))))
            .as("not a hundred million digits").isEqualTo("1E-100000000");
    }
}
