package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("a day means 09:00 in the clock's zone; a local time means that time")
    void givenDayOrTime_whenSet_thenThatInstant() {
        ManualClock clock = ManualClock.on("2026-03-15", SHANGHAI);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-15T01:00:00Z"));
        assertThat(clock.getZone()).isEqualTo(SHANGHAI);

        clock.moveTo("2026-02-01T02:00");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-31T18:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    @DisplayName("it moves only when told: by days across month ends, or by a duration")
    void givenClock_whenMoved_thenMovedByThatMuch() {
        ManualClock clock = ManualClock.on("2024-02-28", SHANGHAI);
        Instant before = clock.instant();

        clock.moveDays(2);
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2024-03-01"));
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(before.plus(Duration.ofDays(2).plusMinutes(90)));
    }

    @Test
    @DisplayName("a view in another zone shows the same time and moves with the clock")
    void givenZoneView_whenClockMoves_thenViewMovesToo() {
        ManualClock clock = ManualClock.on("2026-03-15", SHANGHAI);
        ManualClock utc = clock.withZone(ZoneOffset.UTC);

        clock.advance(Duration.ofHours(20));

        assertThat(utc.instant()).isEqualTo(clock.instant());
        assertThat(utc.today()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    @DisplayName("moves from several threads all count")
    void givenThreadsMovingTheClock_whenAllDone_thenEveryMoveCounted() throws Exception {
        ManualClock clock = ManualClock.on("2026-03-15", SHANGHAI);
        Instant start = clock.instant();
        int threads = 4;
        int moves = 10_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < moves; i++) {
                        clock.advance(Duration.ofSeconds(1));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(clock.instant()).isEqualTo(start.plusSeconds((long) threads * moves));
    }
}
