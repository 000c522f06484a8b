/**
 * Delivery (DS-4.2): transport planning with priority for important customers and urgent orders,
 * packaging labels, delivery notices and joint acceptance with discrepancies. The module's content is
 * built under its own issue; for now this package marks its place.
 */
package dev.directsupply.delivery;
