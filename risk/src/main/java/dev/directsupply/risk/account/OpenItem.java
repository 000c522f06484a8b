package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice not yet settled, as the credit account sees it: when it is due, what is still owed,
 * the highest dunning level it has reached and whether it has already prompted a re-grading.
 */
public record OpenItem(InvoiceId invoice, LocalDate dueDate, Money outstanding, int dunningLevel,
                       boolean regradeTriggered) {

    public OpenItem {
        Require.nonNull(invoice, "invoice", dueDate, "dueDate", outstanding, "outstanding");
    }

    /** An invoice just issued: nothing dunned yet. */
    public static OpenItem issued(InvoiceId invoice, LocalDate dueDate, Money amount) {
        return new OpenItem(invoice, dueDate, amount, 0, false);
    }

    /** The item after a dunning run: the level it reached, and whether it has now triggered a re-grading. */
    OpenItem dunned(int level, boolean triggered) {
        return new OpenItem(invoice, dueDate, outstanding, level, regradeTriggered || triggered);
    }

    /** Calendar days past due on the day, 0 when not yet due. */
    public long daysPastDue(LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, day));
    }
}
