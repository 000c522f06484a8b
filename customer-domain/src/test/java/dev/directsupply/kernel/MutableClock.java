package dev.directsupply.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. */
public final class MutableClock extends Clock {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A Shanghai clock at the start of the given local date-time, e.g. {@code 2026-03-15T09:00}. */
    public static MutableClock at(String localDateTime) {
        return new MutableClock(java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(String localDateTime) {
        now = java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
