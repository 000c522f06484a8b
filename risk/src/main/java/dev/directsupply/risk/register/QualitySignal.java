package dev.directsupply.risk.register;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Complaint and return rates of a product line or customer for a month (DS-6.1.3), and the share of inspected
 * units found non-conforming (DS-6.2.3) — as the host or the SDK's delivery module measures them.
 */
public record QualitySignal(RiskSubject subject, YearMonth month, BigDecimal complaintRate, BigDecimal returnRate,
                            BigDecimal nonConformanceRate) {
    public QualitySignal {
        Require.nonNull(subject, "subject", month, "month", complaintRate, "complaintRate", returnRate, "returnRate");
        java.util.Objects.requireNonNull(nonConformanceRate, "nonConformanceRate");
    }

    /** Complaints and returns only, as a host measures them without inspection records. */
    public QualitySignal(RiskSubject subject, YearMonth month, BigDecimal complaintRate, BigDecimal returnRate) {
        this(subject, month, complaintRate, returnRate, BigDecimal.ZERO);
    }
}
