package dev.directsupply.customer;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * A customer is registered under this credit code, but the claim that keeps the code unique is gone:
 * the claim set was damaged (DS-7.2.1), and registering another customer under the code would hold
 * the enterprise twice (DS-7.1.2). Registration refuses until an auditor has looked at it.
 */
public final class CreditCodeClaimMissing extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final String creditCode;
    private final String customerId;

    public CreditCodeClaimMissing(String creditCode, String customerId) {
        super("DS-7.2.1", "credit-code-claim-missing", "customer.error.credit-code-claim-missing",
            Map.of("creditCode", creditCode, "customerId", customerId));
        this.creditCode = creditCode;
        this.customerId = customerId;
    }

    public String creditCode() {
        return creditCode;
    }

    /** The customer already registered under the code. */
    public String customerId() {
        return customerId;
    }
}
