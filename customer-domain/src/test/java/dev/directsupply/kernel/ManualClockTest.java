package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("a day means 09:00 in the clock's zone; a local time means that time")
    void givenDayOrTime_whenSet_thenThatInstant() {
        ManualClock clock = ManualClock.on("2026-03-15", SHANGHAI);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-15T01:00:00Z"));

        clock.moveTo("2026-02-01T02:00");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-31T18:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    @DisplayName("it moves only when told: by days across month ends, or by a duration")
    void givenClock_whenMoved_thenMovedByThatMuch() {
        ManualClock clock = ManualClock.on("2024-02-28", SHANGHAI);
        Instant before = clock.instant();
        assertThat(clock.instant()).isEqualTo(before);

        clock.moveDays(2);
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2024-03-01"));
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(before.plus(Duration.ofDays(2).plusMinutes(90)));
    }
}
