package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A delay foreseen and raised with the customer in advance (DS-4.1.4): how severe, what it rests on,
 * and the solution agreed, once there is one.
 *
 * @param solution null while it waits for a solution agreed with the customer
 */
public record DelayWarning(int number, DelaySeverity severity, Forecast forecast, Instant raisedAt,
                           DelaySolution solution, Instant toldAt, Instant escalatedAt) {

    public DelayWarning {
        Require.nonNull(severity, "severity", forecast, "forecast", raisedAt, "raisedAt");
    }

    /**
     * The dates a delay warning rests on: the date promised, the delivery projected, the days of slack
     * left (negative when late), and the share of the slack at release used up.
     */
    public record Forecast(LocalDate promised, LocalDate projectedDelivery, long slackDays, BigDecimal slackUsed) {
        public Forecast {
            Require.nonNull(promised, "promised", projectedDelivery, "projectedDelivery", slackUsed, "slackUsed");
        }
    }

    public LocalDate projectedDelivery() {
        return forecast.projectedDelivery();
    }

    public boolean isOpen() {
        return solution == null;
    }

    DelayWarning solved(DelaySolution agreed) {
        return new DelayWarning(number, severity, forecast, raisedAt, agreed, toldAt == null ? agreed.at()
            : toldAt, escalatedAt);
    }

    /** Whether the customer has been told of the delay, by a notice or with the solution agreed (DS-4.1.4). */
    public boolean isTold() {
        return toldAt != null;
    }

    /**
     * Whether the customer should have been told by now and was not: the warning is open, untold, and older
     * than the hours allowed (DS-4.1.4).
     */
    public boolean isNoticeOverdue(Instant now, int noticeHours) {
        return isOpen() && !isTold() && !now.isBefore(raisedAt.plus(java.time.Duration.ofHours(noticeHours)));
    }

    DelayWarning told(Instant at) {
        return new DelayWarning(number, severity, forecast, raisedAt, solution, at, escalatedAt);
    }

    DelayWarning escalated(Instant at) {
        return new DelayWarning(number, severity, forecast, raisedAt, solution, toldAt, at);
    }
}
