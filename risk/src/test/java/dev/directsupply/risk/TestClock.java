package dev.directsupply.risk;

import dev.directsupply.kernel.ManualClock;
import java.time.ZoneId;

/** The tests' clocks: Shanghai time, moved by hand. */
final class TestClock {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestClock() {
    }

    /** At 09:00 Shanghai time on the date, e.g. {@code 2026-03-15}. */
    static ManualClock on(String date) {
        return ManualClock.on(date, SHANGHAI);
    }
}
