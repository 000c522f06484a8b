package dev.directsupply.customer;

import java.util.List;

/**
 * The outcome of re-assessing every customer's scale.
 *
 * @param examined     customers looked at
 * @param reassessed   customers whose assessment was saved anew (amount, basis or tier moved)
 * @param reclassified customers whose tier moved, each with a {@link CustomerReclassified} event
 * @param failed       customers that could not be re-assessed (still losing races, unreadable); the
 *                     others were done regardless
 */
public record ReclassificationRun(int examined, int reassessed, int reclassified, List<CustomerId> failed) {

    public ReclassificationRun {
        failed = List.copyOf(failed);
    }

    public boolean isComplete() {
        return failed.isEmpty();
    }
}
