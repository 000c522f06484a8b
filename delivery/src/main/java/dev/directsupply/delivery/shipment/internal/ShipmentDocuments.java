package dev.directsupply.delivery.shipment.internal;

import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.time.YearMonth;
import java.util.Map;

/**
 * Shipments as stored documents, looked up by order, customer, status, the day they are to leave and the month
 * of their joint acceptance ({@code -} before it).
 */
public final class ShipmentDocuments {
    public static final JsonDocuments<Shipment> SHIPMENTS = JsonDocuments.of(Shipment.class, 1,
        shipment -> shipment.id().value(),
        shipment -> Map.of("order", shipment.consignment().order(), "customer", shipment.customerId().value(),
            "status", shipment.status().name(), "dispatchOn", shipment.consignment().dispatchOn().toString(),
            "acceptedIn", shipment.acceptance() == null ? "-" : YearMonth.from(shipment.acceptance().on()).toString()));

    private ShipmentDocuments() {
    }
}
