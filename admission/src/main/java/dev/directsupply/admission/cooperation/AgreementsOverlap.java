package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * The customer has an agreement that is still in force on the new one's first day, or runs past it: a
 * customer buys under one agreement at a time, so the existing one is amended or renewed instead.
 */
public final class AgreementsOverlap extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AgreementsOverlap(CustomerId customer, AgreementId existing, LocalDate from) {
        super("DS-3.4", "agreements-overlap", "admission.error.agreements-overlap",
            Map.of("customer", customer.value(), "agreement", existing.value(), "from", from.toString()));
    }
}
