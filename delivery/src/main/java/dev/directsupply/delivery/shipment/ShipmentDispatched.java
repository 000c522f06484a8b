package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.transport.TransportMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A shipment left, inspected, labelled and announced (DS-4.2); the notices say when it is to arrive. */
public record ShipmentDispatched(ShipmentId shipmentId, String order, CustomerId customerId, TransportMode mode,
                                 List<DispatchedLine> lines, LocalDate dispatchedOn, Instant occurredAt)
    implements ShipmentEvent {
}
