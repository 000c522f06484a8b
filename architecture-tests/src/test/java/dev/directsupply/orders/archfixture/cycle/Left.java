package dev.directsupply.orders.archfixture.cycle;

import dev.directsupply.orders.archfixture.CycleRight;

/** One half of a cycle between two packages of one module. */
public final class Left {
    public CycleRight right() {
        return new CycleRight();
    }
}
