package dev.directsupply.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to: for examples, tests and simulations that walk a business
 * through days and months. Days start at 09:00 in its zone. Thread-safe: moves are atomic, so moves
 * from several threads all count. {@link #withZone} gives a view of the same time in another zone,
 * which moves with this clock.
 */
public final class ManualClock extends Clock {
    private static final LocalTime OPENING = LocalTime.of(9, 0);

    private final ZoneId zone;
    /** The time, shared with every zone view of this clock. */
    private final AtomicReference<Instant> now;

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** At 09:00 on the day ({@code 2026-03-15}), or at the local time given ({@code 2026-03-15T02:00}), in the zone. */
    public static ManualClock on(String dateOrTime, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new ManualClock(new AtomicReference<>(local(dateOrTime).atZone(zone).toInstant()), zone);
    }

    /** Moves to 09:00 on the day, or to the local time given. */
    public void moveTo(String dateOrTime) {
        now.set(local(dateOrTime).atZone(zone).toInstant());
    }

    /** Moves on by whole days. */
    public void moveDays(long days) {
        now.updateAndGet(instant -> instant.atZone(zone).plusDays(days).toInstant());
    }

    /** Moves on by the duration. */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    private static LocalDateTime local(String dateOrTime) {
        return dateOrTime.indexOf('T') < 0 ? LocalDate.parse(dateOrTime).atTime(OPENING)
            : LocalDateTime.parse(dateOrTime);
    }

    /** The day it is, in its zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public ManualClock withZone(ZoneId other) {
        return new ManualClock(now, Objects.requireNonNull(other, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
