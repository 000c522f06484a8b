package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** A shipment moved in its lifecycle; its history keeps the note and who moved it. */
public record ShipmentMoved(ShipmentId shipmentId, String order, CustomerId customerId, ShipmentStatus from,
                            ShipmentStatus to, ShipmentAction action, Instant occurredAt) implements ShipmentEvent {
}
