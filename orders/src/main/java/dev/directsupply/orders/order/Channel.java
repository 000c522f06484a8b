package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** The named channels orders arrive through (DS-4.1.1). */
public enum Channel implements Messages.Localized {
    CUSTOMER_PORTAL,
    EDI,
    EMAIL,
    PHONE,
    SALES_REP;

    @Override
    public String labelKey() {
        return "orders.channel." + name();
    }
}
