package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * When the agreement is in force: from its first day until its last ({@code null}: open-ended), and how many
 * days before the end it is listed for renewal ({@code null}: the policy's {@code admission.agreements}
 * default).
 */
public record ValidityDetails(@NotNull LocalDate from, LocalDate until,
                              @InRange(min = 0, max = 365, rule = "DS-3.4") Integer renewalNoticeDays)
    implements CrossFieldRules {

    /** The end is not before the start. */
    @Override
    public List<Violation> crossFieldViolations() {
        return from != null && until != null && until.isBefore(from)
            ? List.of(Violation.of("until", "admission.constraint.ends-before-it-starts", "",
                Map.of("from", from.toString(), "until", until.toString())))
            : List.of();
    }

    Validity toValidity(int defaultNoticeDays) {
        return new Validity(from, until, renewalNoticeDays == null ? defaultNoticeDays : renewalNoticeDays);
    }
}
