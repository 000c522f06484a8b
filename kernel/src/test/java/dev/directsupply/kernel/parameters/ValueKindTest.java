package dev.directsupply.kernel.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a parameter must be, as a refusal names it when a policy file gives something else. */
class ValueKindTest {
    enum Tier { CORE, GENERAL }

    record Band(int from, int points) {
    }

    @Test
    @DisplayName("every integer type, primitive or boxed, bytes too, must be a whole number")
    void givenIntegerTypes_whenKindAsked_thenWholeNumber() {
        for (Class<?> type : List.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
            byte.class, Byte.class, BigInteger.class)) {
            assertThat(ValueKind.of(type)).as(type.getName()).isEqualTo(ValueKind.WHOLE_NUMBER);
        }
    }

    @Test
    @DisplayName("decimals, doubles, floats (primitive too) and any other Number must be a number")
    void givenDecimalTypes_whenKindAsked_thenNumber() {
        for (Class<?> type : List.of(BigDecimal.class, double.class, Double.class, float.class, Float.class,
            AtomicLong.class)) {
            assertThat(ValueKind.of(type)).as(type.getName()).isEqualTo(ValueKind.NUMBER);
        }
    }

    @Test
    @DisplayName("a flag must be true or false")
    void givenBooleanTypes_whenKindAsked_thenTrueOrFalse() {
        assertThat(ValueKind.of(boolean.class)).isEqualTo(ValueKind.TRUE_OR_FALSE);
        assertThat(ValueKind.of(Boolean.class)).isEqualTo(ValueKind.TRUE_OR_FALSE);
    }

    @Test
    @DisplayName("a string must be a text, a LocalDate a date")
    void givenTextAndDate_whenKindAsked_thenTextAndDate() {
        assertThat(ValueKind.of(String.class)).isEqualTo(ValueKind.TEXT);
        assertThat(ValueKind.of(LocalDate.class)).isEqualTo(ValueKind.DATE);
    }

    @Test
    @DisplayName("an enum and a currency must be one of their codes")
    void givenEnumAndCurrency_whenKindAsked_thenCode() {
        assertThat(ValueKind.of(Tier.class)).isEqualTo(ValueKind.CODE);
        assertThat(ValueKind.of(Currency.class)).isEqualTo(ValueKind.CODE);
    }

    @Test
    @DisplayName("collections and arrays must be a list")
    void givenCollectionsAndArrays_whenKindAsked_thenList() {
        for (Class<?> type : List.of(List.class, Set.class, int[].class, Band[].class)) {
            assertThat(ValueKind.of(type)).as(type.getName()).isEqualTo(ValueKind.LIST);
        }
    }

    @Test
    @DisplayName("maps and records must be a section")
    void givenMapsAndRecords_whenKindAsked_thenSection() {
        for (Class<?> type : List.of(Map.class, SortedMap.class, Band.class)) {
            assertThat(ValueKind.of(type)).as(type.getName()).isEqualTo(ValueKind.SECTION);
        }
    }

    @Test
    @DisplayName("anything else is read from a text")
    void givenOtherTypes_whenKindAsked_thenText() {
        assertThat(ValueKind.of(Instant.class)).isEqualTo(ValueKind.TEXT);
        assertThat(ValueKind.of(Object.class)).isEqualTo(ValueKind.TEXT);
    }

    @Test
    @DisplayName("each kind is named in both languages from the kernel's catalogue")
    void givenKinds_whenLabelled_thenNamedInBothLanguages() {
        assertThat(ValueKind.WHOLE_NUMBER.labelKey()).isEqualTo("kernel.parameter.kind.WHOLE_NUMBER");
        assertThat(ValueKind.WHOLE_NUMBER.label(Messages.ENGLISH)).isEqualTo("a whole number");
        assertThat(ValueKind.DATE.label(Messages.ENGLISH)).isEqualTo("a date (2026-03-15)");
        for (ValueKind kind : ValueKind.values()) {
            assertThat(Messages.has(kind.labelKey())).as(kind.name()).isTrue();
            assertThat(kind.label(Messages.CHINESE)).as(kind.name()).isNotEqualTo(kind.label(Messages.ENGLISH));
        }
    }
}
