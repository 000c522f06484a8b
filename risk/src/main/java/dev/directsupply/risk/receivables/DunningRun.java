package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import java.util.List;

/**
 * The outcome of a dunning run.
 *
 * @param accountsExamined customers looked at
 * @param levelsReached    dunning levels newly reached, each a {@code DunningLevelReached} event
 * @param regraded         customers re-graded because an invoice went overdue beyond the trigger
 * @param failed           customers the run could not dun this time (the next run tries again)
 * @param unreadable       customers whose stored account this SDK cannot read (a newer layout, or
 *                         damaged): no run reaches them until someone looks
 */
public record DunningRun(int accountsExamined, int levelsReached, List<CustomerId> regraded,
                         List<CustomerId> failed, List<CustomerId> unreadable) {
    public DunningRun {
        regraded = List.copyOf(regraded);
        failed = List.copyOf(failed);
        unreadable = List.copyOf(unreadable);
    }
}
