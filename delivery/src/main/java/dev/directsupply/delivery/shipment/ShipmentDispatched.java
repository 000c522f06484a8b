package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.transport.TransportMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A shipment left, inspected, labelled and announced (DS-4.2). */
public record ShipmentDispatched(ShipmentId shipmentId, String order, CustomerId customerId, TransportMode mode,
                                 List<DispatchedLine> lines, LocalDate dispatchedOn, LocalDate estimatedArrival,
                                 Instant occurredAt) implements ShipmentEvent {
}
