package dev.directsupply.orders.archfixture;

import java.time.LocalDate;
import java.time.ZoneId;

/** Takes today from the wall clock in a zone: still not the injected Clock. */
public final class DeadlineInAZone {
    public LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
