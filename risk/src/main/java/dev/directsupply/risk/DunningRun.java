package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import java.util.List;

/**
 * The outcome of a dunning run.
 *
 * @param accountsExamined customers looked at
 * @param levelsReached    dunning levels newly reached, each a {@code DunningLevelReached} event
 * @param regraded         customers re-graded because an invoice went overdue beyond the trigger
 * @param failed           customers the run could not dun this time (the next run reaches them)
 */
public record DunningRun(int accountsExamined, int levelsReached, List<CustomerId> regraded,
                         List<CustomerId> failed) {
    public DunningRun {
        regraded = List.copyOf(regraded);
        failed = List.copyOf(failed);
    }
}
