/**
 * Shipments (DS-4.2.1 – DS-4.2.4): an order's goods ready to ship, planned with a transport choice, cleared by
 * final inspection lot by lot, packed with a label per package, announced to the customer, dispatched, received
 * and accepted jointly with the customer, and any discrepancy found resolved by agreement:
 * {@link dev.directsupply.delivery.shipment.ShipmentDesk}. The lifecycle is
 * {@link dev.directsupply.delivery.shipment.ShipmentLifecycle}'s table.
 */
package dev.directsupply.delivery.shipment;
