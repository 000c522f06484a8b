package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** A payment or shipment reference was already recorded on the order with other figures. */
public final class ReferenceReused extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReferenceReused(OrderId order, String reference) {
        super("DS-4.1.4", "reference-reused", "orders.error.reference-reused",
            Map.of("order", order, "reference", reference));
    }
}
