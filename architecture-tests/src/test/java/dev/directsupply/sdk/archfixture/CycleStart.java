package dev.directsupply.sdk.archfixture;

import dev.directsupply.relationship.archfixture.CycleEnd;

/** One half of a cycle between module packages. */
public final class CycleStart {
    public CycleEnd next() {
        return new CycleEnd();
    }
}
