package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * A delivery notice, or an update of its estimated arrival, was issued to the customer (DS-4.2.3); the module
 * hands it to the host's {@link DeliveryNotices} once the write has happened.
 */
public record CustomerNotified(ShipmentId shipmentId, String order, CustomerId customerId, Notice notice,
                               Instant occurredAt) implements ShipmentEvent {
}
