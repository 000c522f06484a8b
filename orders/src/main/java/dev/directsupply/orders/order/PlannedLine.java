package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Production's plan for a line at release (DS-4.1.3): how much stock it takes now, how much it makes,
 * and when that starts and is finished and packed. Stock may have moved since the review, so the
 * split is production's, not the review's.
 *
 * @param plannedStart  null when nothing is made
 * @param plannedFinish null when nothing is made
 */
public record PlannedLine(int line, BigDecimal fromStock, BigDecimal toProduce, LocalDate plannedStart,
                          LocalDate plannedFinish) {
    public PlannedLine {
        Objects.requireNonNull(fromStock, "fromStock");
        Objects.requireNonNull(toProduce, "toProduce");
        if (fromStock.signum() < 0 || toProduce.signum() < 0) {
            throw new IllegalArgumentException("line " + line + ": quantities are zero or more");
        }
        if (toProduce.signum() > 0) {
            Objects.requireNonNull(plannedStart, "plannedStart");
            Objects.requireNonNull(plannedFinish, "plannedFinish");
            if (plannedFinish.isBefore(plannedStart)) {
                throw new IllegalArgumentException("line " + line + ": the finish cannot come before the start");
            }
        }
    }

    /** All of the line from stock. */
    public static PlannedLine fromStock(int line, BigDecimal quantity) {
        return new PlannedLine(line, quantity, BigDecimal.ZERO, null, null);
    }
}
