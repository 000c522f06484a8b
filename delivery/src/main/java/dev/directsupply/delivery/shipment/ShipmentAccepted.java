package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint acceptance was made (DS-4.2.4): its outcome — ACCEPTED, ACCEPTED_WITH_DISCREPANCY or REJECTED —, what
 * was accepted of each line, and the discrepancies found. A late arrival is among them.
 */
public record ShipmentAccepted(ShipmentId shipmentId, String order, CustomerId customerId, ShipmentStatus outcome,
                               LocalDate arrivedOn, LocalDate acceptedOn, List<AcceptedLine> lines,
                               List<Discrepancy> discrepancies, Instant occurredAt) implements ShipmentEvent {
}
