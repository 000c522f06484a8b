package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** Who put a customer on credit stop; each lifts only its own. */
public enum StopSource implements Messages.Localized {
    /** The mitigation measures of the customer's grade and overdue state (DS-6.2.1). */
    MEASURES,
    /** A dunning level whose action is a credit stop. */
    DUNNING,
    /** An authorised person. */
    MANUAL;

    @Override
    public String labelKey() {
        return "risk.stop-source." + name();
    }
}
