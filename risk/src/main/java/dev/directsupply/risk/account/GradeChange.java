package dev.directsupply.risk.account;

import dev.directsupply.kernel.Require;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a customer's grade history (DS-6.2.1).
 *
 * @param from null for the first grade
 */
public record GradeChange(CreditGrade from, CreditGrade to, BigDecimal score, CreditReportId report,
                          CreditTrigger trigger, Instant at) {

    public GradeChange {
        Require.nonNull(to, "to", score, "score", report, "report", trigger, "trigger", at, "at");
    }

    public boolean isDowngrade() {
        return from != null && to.isBelow(from);
    }
}
