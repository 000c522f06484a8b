/**
 * Packaging labels (DS-4.2.2): a label per package with the product, its specification, the quantity, the
 * production date, the shelf life and the expiry date computed from them, the lot and the shipment — rendered
 * as text for people and as a GS1 element string and JSON for machines.
 */
package dev.directsupply.delivery.label;
