package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Capacity and inventory's answer (DS-4.1.2): so much from stock, the rest produced and ready by a
 * date — or not possible at all.
 *
 * @param readyBy when all of it can be ready to leave; null when it cannot be supplied
 */
public record SupplyAnswer(BigDecimal fromStock, BigDecimal toProduce, LocalDate readyBy) {
    public SupplyAnswer {
        Objects.requireNonNull(fromStock, "fromStock");
        Objects.requireNonNull(toProduce, "toProduce");
        if (fromStock.signum() < 0 || toProduce.signum() < 0) {
            throw new IllegalArgumentException("quantities are zero or more");
        }
    }

    /** All of it from stock, ready on the day. */
    public static SupplyAnswer fromStock(BigDecimal quantity, LocalDate today) {
        return new SupplyAnswer(quantity, BigDecimal.ZERO, today);
    }

    /** It cannot be supplied. */
    public static SupplyAnswer impossible() {
        return new SupplyAnswer(BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    public Optional<LocalDate> ready() {
        return Optional.ofNullable(readyBy);
    }
}
