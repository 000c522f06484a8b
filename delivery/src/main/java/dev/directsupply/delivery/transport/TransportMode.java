package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Messages;

/** How goods travel (DS-4.2.1). */
public enum TransportMode implements Messages.Localized {
    ROAD, RAIL, AIR, EXPRESS, SEA, CUSTOMER_PICKUP;

    @Override
    public String labelKey() {
        return "delivery.transport-mode." + name();
    }
}
