package dev.directsupply.admission.cooperation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a version of the agreement is in force, and how long before its end the sides take up renewal.
 *
 * @param until             the last day; {@code null} when open-ended
 * @param renewalNoticeDays the agreement is listed as expiring this many days before {@code until}
 */
public record Validity(LocalDate from, LocalDate until, int renewalNoticeDays) {
    public Validity {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a validity cannot end (" + until + ") before it starts (" + from + ")");
        }
        if (renewalNoticeDays < 0) {
            throw new IllegalArgumentException("renewal notice is 0 days or more, not " + renewalNoticeDays);
        }
    }

    /** Whether the day is past its end. */
    public boolean hasEndedBy(LocalDate day) {
        return until != null && day.isAfter(until);
    }
}
