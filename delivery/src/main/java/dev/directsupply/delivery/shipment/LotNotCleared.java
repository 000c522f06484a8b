package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** A lot of the shipment has no passed final inspection, or its latest final inspection failed (DS-4.1.3, DS-6.2.3). */
public final class LotNotCleared extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public LotNotCleared(ShipmentId shipment, String lot) {
        super("DS-6.2.3", "lot-not-cleared", "delivery.error.lot-not-cleared",
            Map.of("shipment", shipment.value(), "lot", lot));
    }
}
