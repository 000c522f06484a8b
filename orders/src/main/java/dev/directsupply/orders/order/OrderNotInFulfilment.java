package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** Progress and shipments are recorded only for a released order that has not all left. */
public final class OrderNotInFulfilment extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OrderNotInFulfilment(OrderId order, OrderStatus status) {
        super("DS-4.1.4", "order-not-in-fulfilment", "orders.error.order-not-in-fulfilment",
            Map.of("order", order, "status", status));
    }
}
