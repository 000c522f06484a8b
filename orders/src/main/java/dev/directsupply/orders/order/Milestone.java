package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** The progress of a line in production, as production reports it (DS-4.1.4). */
public enum Milestone implements Messages.Localized {
    PRODUCTION_STARTED,
    PRODUCTION_FINISHED,
    PACKED;

    @Override
    public String labelKey() {
        return "orders.milestone." + name();
    }
}
