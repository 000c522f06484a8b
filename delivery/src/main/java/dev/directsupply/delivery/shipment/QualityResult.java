package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** What the customer and we found of a line's goods at acceptance (DS-4.2.4). */
public enum QualityResult implements Messages.Localized {
    CONFORMING, DAMAGED, DEFECTIVE;

    @Override
    public String labelKey() {
        return "delivery.quality-result." + name();
    }
}
