package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** What a joint acceptance found wrong with a delivery (DS-4.2.4). */
public enum DiscrepancyKind implements Messages.Localized {
    SHORTAGE, OVERAGE, DAMAGE, WRONG_SPECIFICATION, QUALITY_DEFECT, LATE;

    @Override
    public String labelKey() {
        return "delivery.discrepancy-kind." + name();
    }
}
