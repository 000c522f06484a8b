package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import java.math.BigDecimal;
import java.time.Instant;

/** The customer's grade changed (DS-6.2.1). The first grade has no {@code from}. */
public record CreditGradeChanged(CustomerId customerId, CreditGrade from, CreditGrade to, BigDecimal score,
                                 CreditReportId report, CreditTrigger trigger, Instant occurredAt)
    implements CreditAccountEvent {

    /** Whether the customer was graded down. */
    public boolean isDowngrade() {
        return from != null && to.isBelow(from);
    }
}
