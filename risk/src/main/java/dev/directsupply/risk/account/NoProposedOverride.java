package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** There is no proposed limit override for the customer to approve (DS-6.2.1). */
public final class NoProposedOverride extends RuleViolation {
    private static final long serialVersionUID = 1L;

    NoProposedOverride(CustomerId customer) {
        super("DS-6.2.1", "no-proposed-override", "risk.error.no-proposed-override", Map.of("customer", customer));
    }
}
