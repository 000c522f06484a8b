package dev.directsupply.delivery.shipment.internal;

import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/** Shipments as stored documents, looked up by order, customer, status and the day they are to leave. */
public final class ShipmentDocuments {
    public static final JsonDocuments<Shipment> SHIPMENTS = JsonDocuments.of(Shipment.class, 1,
        shipment -> shipment.id().value(),
        shipment -> Map.of("order", shipment.consignment().order(), "customer", shipment.customerId().value(),
            "status", shipment.status().name(), "dispatchOn", shipment.consignment().dispatchOn().toString()));

    private ShipmentDocuments() {
    }
}
