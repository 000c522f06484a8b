package dev.directsupply.kernel.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonPolicyFileTest {

    @Test
    void givenNestedJson_whenParsed_thenSectionsAndValues() {
        PolicySection root = JsonPolicyFile.parse("{\"a\": {\"b\": 1.50, \"c\": \"x\", \"d\": [1, 2]}}", "test");

        PolicySection a = root.section("a");
        assertThat(a.path()).isEqualTo("a");
        assertThat((BigDecimal) a.value("b").orElseThrow()).isEqualByComparingTo("1.50");
        assertThat(a.value("c")).contains("x");
        assertThat(a.pathOf("c")).isEqualTo("a.c");
        assertThat(root.isSection("a")).isTrue();
        assertThat(root.section("missing").keys()).isEmpty();
    }

    @Test
    void givenBrokenJson_whenParsed_thenInvalidPolicyParametersWithLocation() {
        assertThatThrownBy(() -> JsonPolicyFile.parse("{\"a\": ", "policy.json"))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> {
                assertThat(e.keys()).containsExactly("(file)");
                assertThat(e.getMessage()).contains("policy.json").contains("line 1");
                assertThat(e.chineseMessage()).contains("不是有效的 JSON");
            });
    }

    @Test
    void givenArrayRoot_whenParsed_thenRejected() {
        assertThatThrownBy(() -> JsonPolicyFile.parse("[]", "policy.json")).isInstanceOf(InvalidPolicyParameters.class);
    }

    @Test
    void givenWrongValues_whenRead_thenEveryProblemNamesItsKey() {
        PolicySection section = JsonPolicyFile.parse(
            "{\"s\": {\"n\": \"many\", \"m\": -5, \"k\": 40, \"typo\": 1, \"cur\": \"ZZZ\"}}", "f").section("s");
        ParameterReader reader = new ParameterReader("f");

        reader.decimal(section, "n", BigDecimal.ONE);
        reader.money(section, "m", Money.cny("1"), Money.CNY);
        reader.integer(section, "k", 1, 1, 36);
        reader.currency(section, "cur", Money.CNY);
        reader.integer(section, "absent", null, 1, 2);
        reader.onlyKnownKeys(section, Set.of("n", "m", "k", "cur"));

        assertThatThrownBy(reader::finish).isInstanceOfSatisfying(InvalidPolicyParameters.class,
            e -> assertThat(e.keys()).containsExactly("s.n", "s.m", "s.k", "s.cur", "s.absent", "s.typo"));
    }

    @Test
    void givenAbsentKeys_whenRead_thenDefaultsWithoutProblems() {
        ParameterReader reader = new ParameterReader("f");

        assertThat(reader.integer(PolicySection.empty("s"), "k", 7, 1, 36)).isEqualTo(7);
        assertThat(reader.hasProblems()).isFalse();
    }
}
