package dev.directsupply.orders.order;

/**
 * Port: capacity and inventory (DS-4.1.2), implemented by the host's planning or ERP system;
 * {@code orders.reference.StockAndCapacity} is an in-memory reference for examples and tests.
 */
@FunctionalInterface
public interface SupplyCheck {
    SupplyAnswer check(SupplyRequest request);
}
