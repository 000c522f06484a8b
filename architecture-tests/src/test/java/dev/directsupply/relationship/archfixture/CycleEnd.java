package dev.directsupply.relationship.archfixture;

import dev.directsupply.sdk.archfixture.CycleStart;

/** The other half of the cycle. */
public final class CycleEnd {
    public CycleStart back() {
        return new CycleStart();
    }
}
