package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** The answer of the credit check for an order (DS-4.1.2). */
public enum CreditOutcome implements Messages.Localized {
    APPROVED,
    APPROVED_WITH_PREPAYMENT,
    HOLD;

    @Override
    public String labelKey() {
        return "orders.credit." + name();
    }
}
