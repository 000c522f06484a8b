package dev.directsupply.risk.receivables;

import java.util.Objects;

/** A dunning level: reached {@code daysAfterDue} days after the due date, with its action. */
public record DunningLevel(int level, int daysAfterDue, DunningAction action) {
    public DunningLevel {
        Objects.requireNonNull(action, "action");
        if (level < 1 || daysAfterDue < 1) {
            throw new IllegalArgumentException("dunning levels count from 1 and start a day or more after the due date");
        }
    }
}
