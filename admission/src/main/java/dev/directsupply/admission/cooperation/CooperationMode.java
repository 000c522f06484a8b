package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Messages;

/** How the customer buys under the agreement (DS-3.4 step 6). */
public enum CooperationMode implements Messages.Localized {
    /** A framework agreement: orders are placed against it over its term. */
    FRAMEWORK,
    /** Each order is agreed on its own, on the agreement's standing terms. */
    PER_ORDER,
    /** Goods are held on consignment at the customer and paid for as used. */
    CONSIGNMENT;

    @Override
    public String labelKey() {
        return "admission.cooperation-mode." + name();
    }
}
