package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * A joint acceptance was made (DS-4.2.4): its outcome — ACCEPTED, ACCEPTED_WITH_DISCREPANCY or REJECTED —, what
 * was accepted of each line, and the acceptance itself with the discrepancies found, a late arrival among them.
 */
public record ShipmentAccepted(ShipmentId shipmentId, String order, CustomerId customerId, ShipmentStatus outcome,
                               List<AcceptedLine> lines, JointAcceptance acceptance, Instant occurredAt)
    implements ShipmentEvent {
}
