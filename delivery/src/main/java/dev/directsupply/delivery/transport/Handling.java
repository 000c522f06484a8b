package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Messages;

/** Special handling goods need on the way (DS-4.2.1). */
public enum Handling implements Messages.Localized {
    COLD_CHAIN, HAZARDOUS, FRAGILE;

    @Override
    public String labelKey() {
        return "delivery.handling." + name();
    }
}
