package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Messages;

/** A way of delivering the agreement allows (DS-3.4 step 6, DS-4.2.1). */
public enum DeliveryMode implements Messages.Localized {
    ROAD,
    RAIL,
    AIR,
    EXPRESS,
    SEA,
    CUSTOMER_PICK_UP;

    @Override
    public String labelKey() {
        return "admission.delivery-mode." + name();
    }
}
