package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.RuleViolation;
import java.time.YearMonth;
import java.util.Map;

/**
 * A purchase reference already recorded arrived again with another month or amount: the customer
 * information must stay consistent (DS-7.1.2), so the second version is refused, not merged.
 */
public final class ConflictingPurchase extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final String reference;

    public ConflictingPurchase(String reference, YearMonth recordedMonth, Money recordedAmount, YearMonth month,
                               Money amount) {
        super("DS-7.1.2", "conflicting-purchase", "customer.error.conflicting-purchase",
            Map.of("reference", reference, "recordedMonth", recordedMonth, "recordedAmount", recordedAmount,
                "month", month, "amount", amount));
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
