package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** How bad a projected delay is (DS-4.1.4). */
public enum DelaySeverity implements Messages.Localized {
    /** Most of the slack before the promised date is used up. */
    AT_RISK,
    /** The goods would arrive after the promised date. */
    LATE;

    @Override
    public String labelKey() {
        return "orders.delay." + name();
    }
}
