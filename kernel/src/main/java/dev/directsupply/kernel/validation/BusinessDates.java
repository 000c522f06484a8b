package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates a command may carry (DS-7.1.2, information kept accurate): the first and the last day of
 * the sane business range, both included. Outside it a date is a typing slip or an attack ({@code
 * LocalDate.MAX} as an expiry, year −999999999 as an invoice date), and arithmetic on it fails.
 *
 * <p>The default, 1900-01-01 to 2200-12-31, is the company's choice, not the policy's: early enough for
 * any founding date or contract on record, late enough for any expiry or plan. A host that needs another
 * range passes one to {@link CommandValidator#CommandValidator(jakarta.validation.Validator, BusinessDates)}.
 * An {@link Instant} is judged by its day in UTC.
 *
 * @param earliest the first day allowed
 * @param latest   the last day allowed, not before {@code earliest}
 */
public record BusinessDates(LocalDate earliest, LocalDate latest) {
    /** 1900-01-01 to 2200-12-31, the company's choice. */
    public static final BusinessDates DEFAULT = new BusinessDates(LocalDate.of(1900, 1, 1),
        LocalDate.of(2200, 12, 31));

    public BusinessDates {
        Require.nonNull(earliest, "earliest", latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("the business dates end (" + latest + ") before they start ("
                + earliest + ")");
        }
    }

    /** Whether the day is in the range. */
    public boolean contain(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** Whether the instant's day, in UTC, is in the range. */
    public boolean contain(Instant instant) {
        return !instant.isBefore(earliest.atStartOfDay(ZoneOffset.UTC).toInstant())
            && (latest.equals(LocalDate.MAX)
                || instant.isBefore(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
