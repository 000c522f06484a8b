package dev.directsupply.orders.archfixture;

import dev.directsupply.orders.archfixture.cycle.Left;

/** The other half of the package cycle. */
public final class CycleRight {
    public Left left() {
        return new Left();
    }
}
