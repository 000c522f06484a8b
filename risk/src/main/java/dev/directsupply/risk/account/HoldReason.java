package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** Why a credit check holds an order (DS-4.1.2, DS-6.2.1); every hold names all that apply. */
public enum HoldReason implements Messages.Localized {
    /** The exposure with this order would exceed the credit limit. */
    OVER_LIMIT,
    /** An invoice is overdue beyond the tolerance. */
    OVERDUE_BEYOND_TOLERANCE,
    /** The customer's grade is below the lowest grade orders are accepted at. */
    GRADE_BELOW_MINIMUM,
    /** The customer has not been graded yet. */
    NOT_GRADED,
    /** The customer is on credit stop. */
    CREDIT_STOP,
    /** The measures require an additional guarantee and none is valid. */
    GUARANTEE_REQUIRED;

    @Override
    public String labelKey() {
        return "risk.hold-reason." + name();
    }
}
