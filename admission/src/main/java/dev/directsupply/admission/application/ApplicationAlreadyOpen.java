package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** A prospect has one admission application open at a time (DS-3.4). */
public final class ApplicationAlreadyOpen extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ApplicationAlreadyOpen(CustomerId customer, ApplicationId open) {
        super("DS-3.4", "application-already-open", "admission.error.application-already-open",
            Map.of("customer", customer.value(), "application", open.value()));
    }
}
