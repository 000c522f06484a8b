package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** Goods are expired on the day, or keep fewer days than the customer agreed to receive (DS-4.2.2). */
public final class ShelfLifeTooShort extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ShelfLifeTooShort(ShipmentId shipment, String lot, LocalDate on, long remainingDays, int minimumDays) {
        super("DS-4.2.2", "shelf-life-too-short", "delivery.error.shelf-life-too-short",
            Map.of("shipment", shipment.value(), "lot", lot,
                "on", on.toString(), "remaining", remainingDays, "minimum", minimumDays));
    }
}
