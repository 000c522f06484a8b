package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Map;

/** A shipment would hold more of an order line than is ready and not already in the order's other shipments. */
public final class NotReadyToPlan extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotReadyToPlan(String order, int line, BigDecimal left, BigDecimal asked) {
        super("DS-4.2", "not-ready-to-plan", "delivery.error.not-ready-to-plan",
            Map.of("order", order, "line", line, "left", left.toPlainString(), "asked", asked.toPlainString()));
    }
}
