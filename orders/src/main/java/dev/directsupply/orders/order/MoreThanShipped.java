package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Map;

/** More of a line would be accepted than was shipped. */
public final class MoreThanShipped extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final OrderId order;
    private final int line;
    private final BigDecimal shipped;
    private final BigDecimal asked;

    public MoreThanShipped(OrderId order, int line, BigDecimal shipped, BigDecimal asked) {
        super("DS-4.2.4", "more-than-shipped", "orders.error.more-than-shipped",
            Map.of("order", order, "line", line, "shipped", shipped, "asked", asked));
        this.order = order;
        this.line = line;
        this.shipped = shipped;
        this.asked = asked;
    }

    public OrderId order() {
        return order;
    }

    public int line() {
        return line;
    }

    public BigDecimal shipped() {
        return shipped;
    }

    public BigDecimal asked() {
        return asked;
    }
}
