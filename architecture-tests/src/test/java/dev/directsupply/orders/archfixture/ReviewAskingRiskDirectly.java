package dev.directsupply.orders.archfixture;

import dev.directsupply.risk.archfixture.CreditStanding;

/** Breaks the star: orders reaches into risk instead of declaring a port. */
public final class ReviewAskingRiskDirectly {
    public boolean approve(CreditStanding standing) {
        return standing.good();
    }
}
