package dev.directsupply.risk.register;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Complaint and return rates of a product line or customer for a month (DS-6.1.3), as the host measures them. */
public record QualitySignal(RiskSubject subject, YearMonth month, BigDecimal complaintRate, BigDecimal returnRate) {
    public QualitySignal {
        Require.nonNull(subject, "subject", month, "month", complaintRate, "complaintRate", returnRate, "returnRate");
    }
}
