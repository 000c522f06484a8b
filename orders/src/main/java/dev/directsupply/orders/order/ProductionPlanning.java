package dev.directsupply.orders.order;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: production planning (DS-4.1.3), implemented by the host's planning system;
 * {@code orders.reference.StockAndCapacity} is an in-memory reference.
 */
public interface ProductionPlanning {

    /**
     * Plans every line: takes what stock there is (up to what the review expected) and plans the rest
     * for production. Returns one entry per line. Planning the same order for the same quantities again
     * must return the plan it already has: a release that lost a race is retried. The orders module
     * withdraws a plan it could not record.
     *
     * @throws ProductionUnavailable when a product can be neither taken from stock nor made
     */
    List<PlannedLine> plan(OrderId order, List<ProductionRequest> lines, LocalDate today);

    /** The order was cancelled: give back its stock and capacity. Called at least once per cancellation. */
    default void withdraw(OrderId order) {
    }
}
