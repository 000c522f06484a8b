package dev.directsupply.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that moves only when told to: for examples, tests and simulations that walk a business
 * through days and months. Days start at 09:00 in its zone. Thread-safe.
 */
public final class ManualClock extends Clock {
    private static final LocalTime OPENING = LocalTime.of(9, 0);

    private final ZoneId zone;
    private volatile Instant now;

    private ManualClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** At 09:00 on the day ({@code 2026-03-15}) in the zone. */
    public static ManualClock on(String date, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new ManualClock(LocalDate.parse(date).atTime(OPENING).atZone(zone).toInstant(), zone);
    }

    /** Moves to 09:00 on the day. */
    public void moveTo(String date) {
        now = LocalDate.parse(date).atTime(OPENING).atZone(zone).toInstant();
    }

    /** Moves on by whole days. */
    public void moveDays(long days) {
        now = now.atZone(zone).plusDays(days).toInstant();
    }

    /** The day it is, in its zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
