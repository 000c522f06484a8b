package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A projected delay (DS-4.1.4): when the goods would arrive against when they were promised, and how
 * much of the slack is gone. While it has no solution the order cannot ship.
 *
 * @param slackDays days left between the projected and the promised delivery (negative when late)
 * @param slackUsed the share of the slack at release that is used up, 0 to 1 (1 when late)
 * @param solution  null until a solution is agreed with the customer
 */
public record DelayWarning(int number, DelaySeverity severity, LocalDate promised, LocalDate projectedDelivery,
                           long slackDays, BigDecimal slackUsed, Instant raisedAt, DelaySolution solution) {

    public DelayWarning {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(projectedDelivery, "projectedDelivery");
        Objects.requireNonNull(slackUsed, "slackUsed");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean isOpen() {
        return solution == null;
    }

    DelayWarning solved(DelaySolution agreed) {
        return new DelayWarning(number, severity, promised, projectedDelivery, slackDays, slackUsed, raisedAt, agreed);
    }
}
