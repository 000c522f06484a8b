/**
 * The orders package's machinery, hidden from other modules: how orders and their feed entries are
 * stored (JSON of their records under a layout number, pinned by golden documents).
 */
package dev.directsupply.orders.order.internal;
