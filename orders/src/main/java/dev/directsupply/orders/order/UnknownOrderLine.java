package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** The order has no line with this number. */
public final class UnknownOrderLine extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public UnknownOrderLine(OrderId order, int line) {
        super("DS-4.1.1", "unknown-order-line", "orders.error.unknown-order-line",
            Map.of("order", order, "line", line));
    }
}
