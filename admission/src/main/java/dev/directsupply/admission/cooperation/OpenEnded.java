package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** A renewal extends an agreement's end; this one has none, or the renewal does not end after it. */
public final class OpenEnded extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OpenEnded(AgreementId agreement, LocalDate until) {
        super("DS-3.4", "nothing-to-renew", "admission.error.nothing-to-renew",
            Map.of("agreement", agreement.value(), "until", until == null ? "-" : until.toString()));
    }
}
