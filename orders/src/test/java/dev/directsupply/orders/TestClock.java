package dev.directsupply.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A Shanghai clock the tests move by hand. */
public final class TestClock extends Clock {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = now;
    }

    /** At 09:00 Shanghai time on the date, e.g. {@code 2026-03-15}. */
    public static TestClock on(String date) {
        return new TestClock(LocalDateTime.parse(date + "T09:00").atZone(SHANGHAI).toInstant());
    }

    public void moveTo(String date) {
        now = LocalDateTime.parse(date + "T09:00").atZone(SHANGHAI).toInstant();
    }

    public void moveDays(long days) {
        now = now.plusSeconds(days * 86_400);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests keep Shanghai time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
