package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * An existing agreement is recorded for an active customer only: a prospect gets its agreement through
 * admission (DS-3.4).
 */
public final class NotAnActiveCustomer extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotAnActiveCustomer(CustomerId customer, CustomerStatus status) {
        super("DS-3.4", "not-an-active-customer", "admission.error.not-an-active-customer",
            Map.of("customer", customer.value(), "status", status.name()));
    }
}
