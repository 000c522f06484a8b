package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;

/**
 * The money behind a credit decision (DS-4.1.2): what the order asks, the part of it on credit (after
 * any prepayment), the exposure before it, the limit in force, and whether the order takes the
 * exposure into the watch band below the limit.
 */
public record CreditFigures(Money requested, Money creditPart, Exposure exposure, Money limit, boolean watch) {
    public CreditFigures {
        Require.nonNull(requested, "requested", creditPart, "creditPart", exposure, "exposure", limit, "limit");
    }

    /** The exposure if the order goes ahead. */
    public Money exposureAfter() {
        return exposure.total().plus(creditPart);
    }
}
