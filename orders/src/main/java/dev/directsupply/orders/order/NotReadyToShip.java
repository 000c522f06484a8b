package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Map;

/** More of a line would leave than is ready: taken from stock, or produced and packed. */
public final class NotReadyToShip extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final BigDecimal ready;

    public NotReadyToShip(OrderId order, int line, BigDecimal ready, BigDecimal asked) {
        super("DS-4.1.4", "not-ready-to-ship", "orders.error.not-ready-to-ship",
            Map.of("order", order, "line", line, "ready", ready, "asked", asked));
        this.ready = ready;
    }

    public BigDecimal ready() {
        return ready;
    }
}
