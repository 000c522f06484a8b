package dev.directsupply.risk.account;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * An order's reservation may not be given back, or counted as delivered, while the order stands where
 * it does (DS-4.1.2, DS-6.2.2): a release names an order that was cancelled, rejected, amended or
 * delivered; a delivery names a delivered order.
 */
public final class OrderStillLive extends RuleViolation {
    private static final long serialVersionUID = 1L;

    OrderStillLive(OrderReference order, OrderStage stage) {
        super("DS-4.1.2", "order-still-live", "risk.error.order-still-live." + stage.name(),
            Map.of("order", order));
    }
}
