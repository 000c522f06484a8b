package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** How late a customer is with its open invoices, for the mitigation measures (DS-6.2.1). */
public enum OverdueState implements Messages.Localized {
    /** Nothing past due. */
    CURRENT,
    /** Something past due, within the tolerance. */
    OVERDUE,
    /** Something past due beyond the tolerance. */
    BEYOND_TOLERANCE;

    @Override
    public String labelKey() {
        return "risk.overdue-state." + name();
    }
}
