package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** There is no delay warning on the order to agree a solution for. */
public final class NoOpenDelay extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NoOpenDelay(OrderId order) {
        super("DS-4.1.4", "no-open-delay", "orders.error.no-open-delay", Map.of("order", order));
    }
}
