package dev.directsupply.admission.development;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A stage of development (DS-3.1.1): from its first day to its last, both included. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts");
        }
    }

    /** Whether the day is in it. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the moment falls on one of its days, in the zone. */
    public boolean contains(Instant moment, ZoneId zone) {
        return contains(LocalDate.ofInstant(moment, zone));
    }
}
