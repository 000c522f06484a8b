package dev.directsupply.risk.credit;

import dev.directsupply.kernel.Messages;

/** What prompted a credit evaluation (DS-6.2.1: regular re-grading and triggers). */
public enum CreditTrigger implements Messages.Localized {
    /** The first evaluation, for admission or at registration. */
    INITIAL,
    /** The regular re-grading interval came round. */
    SCHEDULED,
    /** An invoice went overdue beyond the trigger days. */
    OVERDUE_INVOICE,
    /** A debt was written off as bad. */
    PAYMENT_DEFAULT,
    /** A new legal or violation record. */
    VIOLATION_RECORDED,
    /** A person asked for it. */
    MANUAL;

    @Override
    public String labelKey() {
        return "risk.trigger." + name();
    }
}
