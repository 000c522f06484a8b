package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * A discrepancy was settled by agreement (DS-4.2.4): a credit note or discount for risk to adjust the invoice, a
 * replacement or return for after-sales and delivery to act on. {@code settled} says whether it was the last.
 */
public record DiscrepancyResolved(ShipmentId shipmentId, String order, CustomerId customerId, Discrepancy discrepancy,
                                  String product, boolean settled, Instant occurredAt) implements ShipmentEvent {
}
