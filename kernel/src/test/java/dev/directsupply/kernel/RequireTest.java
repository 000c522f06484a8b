package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    @DisplayName("values that are all present pass, whatever their number")
    void givenNoNull_whenChecked_thenPasses() {
        assertThatCode(() -> {
            Require.nonNull(1, "a", 2, "b");
            Require.nonNull(1, "a", 2, "b", 3, "c");
            Require.nonNull(1, "a", 2, "b", 3, "c", 4, "d");
            Require.nonNull(1, "a", 2, "b", 3, "c", 4, "d", 5, "e");
            Require.nonNull(1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f");
            Require.nonNull(1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f", 7, "g");
        }).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a missing value fails as Objects.requireNonNull(value, name) would: a NullPointerException naming it")
    void givenOneNull_whenChecked_thenNullPointerExceptionNamesIt() {
        assertThatThrownBy(() -> Require.nonNull(1, "a", null, "b"))
            .isExactlyInstanceOf(NullPointerException.class).hasMessage("b");
        assertThatThrownBy(() -> Require.nonNull(1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f", null, "g"))
            .isExactlyInstanceOf(NullPointerException.class).hasMessage("g");
    }

    @Test
    @DisplayName("every position of every overload is checked under its own name")
    void givenNullAtEachPosition_whenChecked_thenThatNameIsGiven() {
        for (int at = 0; at < 7; at++) {
            Object[] v = {1, 2, 3, 4, 5, 6, 7};
            v[at] = null;
            String name = String.valueOf((char) ('a' + at));
            if (at < 2) {
                assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b")).hasMessage(name);
            }
            if (at < 3) {
                assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b", v[2], "c")).hasMessage(name);
            }
            if (at < 4) {
                assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b", v[2], "c", v[3], "d"))
                    .hasMessage(name);
            }
            if (at < 5) {
                assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b", v[2], "c", v[3], "d", v[4], "e"))
                    .hasMessage(name);
            }
            if (at < 6) {
                assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b", v[2], "c", v[3], "d", v[4], "e",
                    v[5], "f")).hasMessage(name);
            }
            assertThatThrownBy(() -> Require.nonNull(v[0], "a", v[1], "b", v[2], "c", v[3], "d", v[4], "e",
                v[5], "f", v[6], "g")).hasMessage(name);
        }
    }

    @Test
    @DisplayName("the first missing value is the one named, as a run of Objects.requireNonNull calls would")
    void givenSeveralNulls_whenChecked_thenTheFirstIsNamed() {
        assertThatThrownBy(() -> Require.nonNull(1, "a", null, "b", 3, "c", null, "d"))
            .isExactlyInstanceOf(NullPointerException.class).hasMessage("b");
    }
}
