package dev.directsupply.delivery.label;

import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A production lot (DS-4.2.2): its code, the day it was made and how long it keeps. The expiry date is computed,
 * never typed, so that a label cannot contradict itself.
 */
public record Lot(String code, LocalDate producedOn, ShelfLife shelfLife) {
    public Lot {
        Require.nonNull(code, "code", producedOn, "producedOn", shelfLife, "shelfLife");
    }

    /** The last day the lot is within its shelf life. */
    public LocalDate expiresOn() {
        return shelfLife.expiryOf(producedOn);
    }

    /** Whether the lot is past its shelf life on the day. */
    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expiresOn());
    }

    /** The days of shelf life left on the day, the day itself counted; 0 once expired. */
    public long remainingDaysOn(LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(day, expiresOn()) + 1);
    }
}
