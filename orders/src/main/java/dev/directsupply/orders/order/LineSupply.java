package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a line will be supplied, as the capacity and inventory check answered at review (DS-4.1.2):
 * so much from stock, so much to produce, ready at the plant by a date.
 */
public record LineSupply(int line, BigDecimal fromStock, BigDecimal toProduce, LocalDate readyBy) {
    public LineSupply {
        Require.nonNull(fromStock, "fromStock", toProduce, "toProduce", readyBy, "readyBy");
    }
}
