package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link Shipment}; each names the order it serves and the customer. */
public sealed interface ShipmentEvent extends DomainEvent permits ShipmentPlanned, ShipmentMoved, CustomerNotified,
    ShipmentDispatched, ShipmentAccepted, DiscrepancyResolved {
    ShipmentId shipmentId();

    String order();

    CustomerId customerId();
}
