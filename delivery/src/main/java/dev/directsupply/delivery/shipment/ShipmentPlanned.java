package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.transport.TransportChoice;
import java.time.Instant;
import java.time.LocalDate;

/** A shipment was planned, its transport chosen with its reasons (DS-4.2.1). */
public record ShipmentPlanned(ShipmentId shipmentId, String order, CustomerId customerId, TransportChoice transport,
                              LocalDate dispatchOn, LocalDate promisedOn, Instant occurredAt) implements ShipmentEvent {
}
