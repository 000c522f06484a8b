package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** Only a prospect applies for admission (DS-3.4): an active, suspended or ended customer does not. */
public final class NotAProspect extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotAProspect(CustomerId customer, CustomerStatus status) {
        super("DS-3.4", "not-a-prospect", "admission.error.not-a-prospect",
            Map.of("customer", customer.value(), "status", status));
    }
}
