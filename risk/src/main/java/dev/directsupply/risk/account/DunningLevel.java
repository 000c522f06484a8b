package dev.directsupply.risk.account;

import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * One level of dunning (DS-6.2.1 chase collection): so many days after the due date, this action.
 * Levels are numbered by their place in the receivables parameters, from 1.
 */
public record DunningLevel(@InRange(min = 1, max = 3660, rule = "DS-6.2.1") int daysAfterDue,
                           @NotNull DunningAction action) {
}
