package dev.directsupply.customer;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * A customer with this unified social credit code is already registered: the customer information
 * database holds each enterprise once (DS-7.1.2 consistent information).
 */
public final class DuplicateCustomer extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final String creditCode;

    public DuplicateCustomer(String creditCode) {
        super("DS-7.1.2", "duplicate-customer", "customer.error.duplicate-customer", Map.of("creditCode", creditCode));
        this.creditCode = creditCode;
    }

    public String creditCode() {
        return creditCode;
    }
}
