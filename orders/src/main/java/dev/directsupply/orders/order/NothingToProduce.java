package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** The line is taken from stock entirely; production reports nothing for it. */
public final class NothingToProduce extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NothingToProduce(OrderId order, int line) {
        super("DS-4.1.3", "nothing-to-produce", "orders.error.nothing-to-produce",
            Map.of("order", order, "line", line));
    }
}
