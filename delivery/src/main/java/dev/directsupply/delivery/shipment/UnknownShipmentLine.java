package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** A command names a line the shipment does not have. */
public final class UnknownShipmentLine extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public UnknownShipmentLine(ShipmentId shipment, int line) {
        super("DS-4.2.2", "unknown-shipment-line", "delivery.error.unknown-shipment-line",
            Map.of("shipment", shipment.value(), "line", line));
    }
}
