/** How shipments are stored. */
package dev.directsupply.delivery.shipment.internal;
