package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** A shipment moved in its lifecycle. */
public record ShipmentMoved(ShipmentId shipmentId, String order, CustomerId customerId, ShipmentStatus from,
                            ShipmentStatus to, ShipmentAction action, String note, Instant occurredAt)
    implements ShipmentEvent {
}
