package dev.directsupply.risk.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** When a settled invoice was due and when it was settled: the payment behaviour the scorecard reads. */
public record SettledPayment(LocalDate dueDate, LocalDate settledOn) {

    public SettledPayment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(settledOn, "settledOn");
    }

    public long daysLate() {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, settledOn));
    }
}
