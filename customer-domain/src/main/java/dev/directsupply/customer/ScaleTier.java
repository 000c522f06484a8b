package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The purchase-scale classes of DS-2.2.1. */
public enum ScaleTier implements Messages.Localized {
    /** Annual purchases of X1 or more (大型直供客户). */
    LARGE,
    /** Annual purchases from X2 up to X1 (中型直供客户). */
    MEDIUM,
    /** Annual purchases below X2 (小型直供客户). */
    SMALL;

    @Override
    public String labelKey() {
        return "customer.scale-tier." + name();
    }
}
