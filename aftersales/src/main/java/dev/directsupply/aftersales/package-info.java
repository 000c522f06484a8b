/**
 * After-sales service (DS-4.3): complaints with deadlines by customer tier, repair and replacement,
 * and revisits. The module's content is built under its own issue; for now this package marks its place.
 */
package dev.directsupply.aftersales;
