package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** The shipment has no unresolved discrepancy of that number (DS-4.2.4). */
public final class DiscrepancyNotOpen extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public DiscrepancyNotOpen(ShipmentId shipment, int number) {
        super("DS-4.2.4", "discrepancy-not-open", "delivery.error.discrepancy-not-open",
            Map.of("shipment", shipment.value(), "number", number));
    }
}
