package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * Production cannot plan the product now: stock ran out after the review and nothing can make it.
 * The order stays approved; review it again with the customer, or release it once supply returns.
 */
public final class ProductionUnavailable extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ProductionUnavailable(ProductCode product) {
        super("DS-4.1.3", "production-unavailable", "orders.error.production-unavailable",
            Map.of("product", product.value()));
    }
}
