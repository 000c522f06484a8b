/**
 * Orders (DS-4.1): receipt through named channels with idempotency, review (completeness, credit,
 * capacity and inventory), release to production, tracking and delay warnings. It declares the ports
 * it needs (a credit check, a product catalogue, capacity) and {@code sdk} connects them. The
 * module's content is built under its own issue; for now this package marks its place.
 */
package dev.directsupply.orders;
