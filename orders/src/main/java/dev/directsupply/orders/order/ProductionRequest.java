package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One line of an order released to production (DS-4.1.3): what comes from stock, what is to be made, by when. */
public record ProductionRequest(int line, ProductCode product, String specification, BigDecimal fromStock,
                                BigDecimal toProduce, String unit, LocalDate neededBy) {
    public ProductionRequest {
        Objects.requireNonNull(product, "product");
        specification = specification == null ? "" : specification;
        Objects.requireNonNull(fromStock, "fromStock");
        Objects.requireNonNull(toProduce, "toProduce");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(neededBy, "neededBy");
    }
}
