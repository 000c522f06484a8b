package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * A rejected prospect applies again no sooner than the policy file allows ({@code
 * admission.reapplyAfterRejectionDays}): a rejection under DS-3.4 is not undone by applying the next morning.
 */
public final class TooSoonToReapply extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public TooSoonToReapply(CustomerId customer, ApplicationId rejected, LocalDate earliest) {
        super("DS-3.4", "too-soon-to-reapply", "admission.error.too-soon-to-reapply",
            Map.of("customer", customer.value(), "application", rejected.value(), "earliest", earliest.toString()));
    }
}
