package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A question to capacity and inventory (DS-4.1.2): can so much of a product be ready to leave the
 * plant by a date?
 *
 * @param neededBy the day it must be ready: the requested delivery less the transport time
 * @param today    the day of the review
 */
public record SupplyRequest(ProductCode product, String specification, BigDecimal quantity, String unit,
                            LocalDate neededBy, LocalDate today) {
    public SupplyRequest {
        Require.nonNull(product, "product", quantity, "quantity", unit, "unit", neededBy, "neededBy", today, "today");
        specification = specification == null ? "" : specification;
    }
}
