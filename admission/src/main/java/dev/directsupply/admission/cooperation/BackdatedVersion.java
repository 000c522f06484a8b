package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new version would take effect before the day it is recorded, or before the latest version starts: what
 * was in force on a past day is a record that orders and invoices were made under, and does not change.
 */
public final class BackdatedVersion extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public BackdatedVersion(AgreementId agreement, LocalDate from, LocalDate earliest) {
        super("DS-3.4", "backdated-agreement-version", "admission.error.backdated-version",
            Map.of("agreement", agreement.value(), "from", from.toString(), "earliest", earliest.toString()));
    }
}
