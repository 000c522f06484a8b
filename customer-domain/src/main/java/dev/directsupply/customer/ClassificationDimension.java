package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The three axes a customer is classified on (DS-2.2). */
public enum ClassificationDimension implements Messages.Localized {
    /** DS-2.2.1. */
    SCALE,
    /** DS-2.2.2. */
    INDUSTRY,
    /** DS-2.2.3. */
    STRATEGIC_IMPORTANCE;

    @Override
    public String labelKey() {
        return "customer.dimension." + name();
    }
}
