package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;

/**
 * The port that says whether a customer is flagged for priority care (DS-5.2.3), which puts its shipments first
 * in transport allocation alongside CORE and IMPORTANT customers. None is flagged unless the host, or the
 * relationship module, says so.
 */
@FunctionalInterface
public interface PriorityCustomers {
    boolean flagged(CustomerId customer);
}
