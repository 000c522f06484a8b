package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

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
        Objects.requireNonNull(product, "product");
        specification = specification == null ? "" : specification;
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(today, "today");
    }
}
