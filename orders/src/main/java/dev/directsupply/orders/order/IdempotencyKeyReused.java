package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/** The idempotency key was already used by this customer for an order with other content (DS-4.1.1): the same key must carry the same order. */
public final class IdempotencyKeyReused extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final OrderId order;
    private final String idempotencyKey;

    public IdempotencyKeyReused(OrderId order, String idempotencyKey) {
        super("DS-4.1.1", "idempotency-key-reused", "orders.error.idempotency-key-reused",
            Map.of("order", order, "key", idempotencyKey));
        this.order = order;
        this.idempotencyKey = idempotencyKey;
    }

    public OrderId order() {
        return order;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
