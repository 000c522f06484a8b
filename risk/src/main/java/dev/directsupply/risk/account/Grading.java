package dev.directsupply.risk.account;

import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A customer's current grade, the score behind it, the report that gave it, and when. */
public record Grading(CreditGrade grade, BigDecimal score, CreditReportId report, Instant gradedAt) {
    public Grading {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(gradedAt, "gradedAt");
    }
}
