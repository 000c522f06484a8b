package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an order released to production (DS-4.1.3): what comes from stock, what is to be made, by when. */
public record ProductionRequest(int line, ProductCode product, String specification, BigDecimal fromStock,
                                BigDecimal toProduce, String unit, LocalDate neededBy) {
    public ProductionRequest {
        Require.nonNull(product, "product", fromStock, "fromStock", toProduce, "toProduce", unit, "unit",
            neededBy, "neededBy");
        specification = specification == null ? "" : specification;
    }
}
