package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** How urgent the customer says the order is; urgent orders go first for transport (DS-4.2.1). */
public enum Urgency implements Messages.Localized {
    NORMAL,
    URGENT;

    @Override
    public String labelKey() {
        return "orders.urgency." + name();
    }
}
