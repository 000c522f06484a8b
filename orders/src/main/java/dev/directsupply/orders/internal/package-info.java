/**
 * The orders module's machinery, hidden from other modules: the stored form of an order
 * ({@code OrderSnapshots}), the MapStruct mapper between it and the aggregate, and the document codec.
 */
package dev.directsupply.orders.internal;
