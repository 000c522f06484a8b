package dev.directsupply.kernel.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SDK's JSON: what it writes, it reads back. Event subscribers depend on it. */
class JsonTest {

    record CustomerId(String value) implements Identifier {
        CustomerId {
            Identifier.require("CustomerId", value);
        }
    }

    record Billed(CustomerId customerId, Money amount, List<Money> parts, LocalDate on, Instant occurredAt) {
        boolean isLarge() {
            return amount.amount().signum() > 0;
        }
    }

    @Test
    @DisplayName("instants are written exactly as Instant.toString writes them, for any instant (seeded)")
    void givenRandomInstants_whenWritten_thenAsToString() {
        java.util.Random random = new java.util.Random(20_261_127L);
        for (int i = 0; i < 20_000; i++) {
            long seconds = -62_000_000_000L + (long) (random.nextDouble() * 315_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(Json.iso(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }

    @Test
    @DisplayName("a record with money, ids and dates reads back equal, written as its components only")
    void givenRecord_whenWrittenAndRead_thenEqual() {
        Billed billed = new Billed(new CustomerId("c-1"), Money.cny("36000.00"), List.of(Money.cny("0.50")),
            LocalDate.parse("2026-03-15"), Instant.parse("2026-03-15T01:00:00Z"));

        String json = Json.write(billed);

        assertThat(json).isEqualTo("{\"customerId\":\"c-1\",\"amount\":{\"amount\":36000.00,\"currency\":\"CNY\"},"
            + "\"parts\":[{\"amount\":0.50,\"currency\":\"CNY\"}],\"on\":\"2026-03-15\","
            + "\"occurredAt\":\"2026-03-15T01:00:00Z\"}");
        assertThat(Json.read(json, Billed.class)).isEqualTo(billed);
    }

    @Test
    @DisplayName("decimals are written in plain notation, digit for digit as toPlainString writes them")
    void givenDecimals_whenWritten_thenAsToPlainString() {
        java.util.Random random = new java.util.Random(20261203);
        List<BigDecimal> values = new java.util.ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.00"),
            new BigDecimal("-1.50"), new BigDecimal("0.5"), new BigDecimal("1E+3"), new BigDecimal("1e-20"),
            new BigDecimal("999999999999999999"), new BigDecimal("-999999999999999999.5"),
            new BigDecimal("123456789012345678901234567890.12")));
        for (int i = 0; i < 2000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(24) - 3));
        }
        for (BigDecimal value : values) {
            assertThat(Json.write(List.of(value))).as("%s", value).isEqualTo("[" + value.toPlainString() + "]");
        }
    }

    @Test
    @DisplayName("dates are written as ISO dates, as LocalDate writes them, far years included")
    void givenDates_whenWritten_thenAsToString() {
        for (LocalDate date : List.of(LocalDate.parse("2026-03-15"), LocalDate.parse("0999-12-31"),
            LocalDate.parse("1000-01-01"), LocalDate.parse("9999-12-31"), LocalDate.of(10000, 1, 1),
            LocalDate.of(-5, 6, 7))) {
            assertThat(Json.write(List.of(date))).as("%s", date).isEqualTo("[\"" + date + "\"]");
            assertThat(Json.read(Json.write(date), LocalDate.class)).isEqualTo(date);
        }
    }

    @Test
    @DisplayName("instants beyond the year 9999 are written as Instant.toString writes them, sign and all")
    void givenInstantsBeyondYear9999_whenWritten_thenAsToString() {
        for (Instant far : List.of(Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("+12345-06-07T08:09:10.5Z"))) {
            assertThat(Json.write(List.of(far))).as("%s", far).isEqualTo("[\"" + far + "\"]");
            assertThat(Json.read(Json.write(far), Instant.class)).isEqualTo(far);
        }
    }

    @Test
    @DisplayName("instants written one after another are each written as themselves")
    void givenSeveralInstants_whenWrittenInTurn_thenEachAsItself() {
        Instant first = Instant.parse("2026-03-15T01:00:00Z");
        Instant second = Instant.parse("1999-12-31T23:59:59.999999Z");

        assertThat(Json.write(List.of(first, second, first)))
            .isEqualTo("[\"2026-03-15T01:00:00Z\",\"1999-12-31T23:59:59.999999Z\",\"2026-03-15T01:00:00Z\"]");
    }

    @Test
    @DisplayName("the mapper handed out is a copy with the SDK's conventions: ids as text, other records as components")
    void givenMapperCopy_whenUsed_thenSdkConventions() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper copy = Json.mapper();

        assertThat(copy).isNotSameAs(Json.mapper());
        assertThat(copy.writeValueAsString(new CustomerId("c-1"))).isEqualTo("\"c-1\"");
        assertThat(copy.readValue("\"c-1\"", CustomerId.class)).isEqualTo(new CustomerId("c-1"));
        assertThat(copy.writeValueAsString(Money.cny("1"))).isEqualTo("{\"amount\":1.00,\"currency\":\"CNY\"}");
        assertThat(copy.readValue("{\"amount\":1.00,\"currency\":\"CNY\"}", Money.class)).isEqualTo(Money.cny("1"));
    }
}
