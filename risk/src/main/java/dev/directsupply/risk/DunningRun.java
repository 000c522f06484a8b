package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import java.util.List;

/**
 * The outcome of a dunning run.
 *
 * @param accountsExamined customers looked at
 * @param levelsReached    dunning levels newly reached, each a {@code DunningLevelReached} event
 * @param regraded         customers re-graded because an invoice went overdue beyond the trigger
 */
public record DunningRun(int accountsExamined, int levelsReached, List<CustomerId> regraded) {
    public DunningRun {
        regraded = List.copyOf(regraded);
    }
}
