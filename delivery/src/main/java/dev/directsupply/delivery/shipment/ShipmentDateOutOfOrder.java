package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** A date of the shipment comes before the step it follows. */
public final class ShipmentDateOutOfOrder extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ShipmentDateOutOfOrder(ShipmentId shipment, String field, LocalDate date, LocalDate earliest) {
        super("DS-4.2.3", "date-out-of-order", "delivery.error.date-out-of-order",
            Map.of("shipment", shipment.value(), "field", field,
                "date", date.toString(), "earliest", earliest.toString()));
    }
}
