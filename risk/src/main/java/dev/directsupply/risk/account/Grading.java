package dev.directsupply.risk.account;

import dev.directsupply.kernel.Require;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer's current grade, the score behind it, the report that gave it, and when. */
public record Grading(CreditGrade grade, BigDecimal score, CreditReportId report, Instant gradedAt) {
    public Grading {
        Require.nonNull(grade, "grade", score, "score", report, "report", gradedAt, "gradedAt");
    }
}
