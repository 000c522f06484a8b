package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Messages;

/** How urgent the order behind a shipment is (DS-4.2.1). */
public enum Urgency implements Messages.Localized {
    NORMAL, URGENT;

    @Override
    public String labelKey() {
        return "delivery.urgency." + name();
    }
}
