package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Map;

/** More of a line would be accepted than was shipped. */
public final class MoreThanShipped extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public MoreThanShipped(OrderId order, int line, BigDecimal shipped, BigDecimal asked) {
        super("DS-4.2.4", "more-than-shipped", "orders.error.more-than-shipped",
            Map.of("order", order, "line", line, "shipped", shipped, "asked", asked));
    }
}
