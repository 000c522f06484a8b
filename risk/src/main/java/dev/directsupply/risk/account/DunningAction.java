package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** What reaching a dunning level does (DS-6.2.1 collection). */
public enum DunningAction implements Messages.Localized {
    /** A written reminder. */
    REMINDER,
    /** A call from sales or finance. */
    CALL,
    /** The customer goes on credit stop until the overdue invoices are settled. */
    CREDIT_STOP,
    /** The debt goes to the legal department. */
    LEGAL;

    @Override
    public String labelKey() {
        return "risk.dunning-action." + name();
    }
}
