package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** Where a shipment stands (DS-4.2). */
public enum ShipmentStatus implements Messages.Localized {
    PLANNED, INSPECTED, PACKED, NOTIFIED, DISPATCHED, ARRIVED, ACCEPTED, ACCEPTED_WITH_DISCREPANCY, RESOLVED,
    REJECTED, CANCELLED;

    @Override
    public String labelKey() {
        return "delivery.shipment-status." + name();
    }
}
