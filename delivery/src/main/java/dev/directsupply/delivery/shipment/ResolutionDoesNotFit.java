package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** A resolution that does not fit its discrepancy: more units replaced or returned than it concerns. */
public final class ResolutionDoesNotFit extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ResolutionDoesNotFit(ShipmentId shipment, int number, String kind) {
        super("DS-4.2.4", "resolution-does-not-fit", "delivery.error.resolution-does-not-fit",
            Map.of("shipment", shipment.value(), "number", number, "kind", kind));
    }
}
