package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Messages;

/** How far a delivery place is, in the bands the transport parameters draw (DS-4.2.1). */
public enum DistanceBand implements Messages.Localized {
    LOCAL, REGIONAL, LONG_DISTANCE, OVERSEAS;

    @Override
    public String labelKey() {
        return "delivery.distance-band." + name();
    }
}
