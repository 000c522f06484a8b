package dev.directsupply.risk.register;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** Complaint and return rates of a product line or customer for a month (DS-6.1.3), as the host measures them. */
public record QualitySignal(RiskSubject subject, YearMonth month, BigDecimal complaintRate, BigDecimal returnRate) {
    public QualitySignal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(complaintRate, "complaintRate");
        Objects.requireNonNull(returnRate, "returnRate");
    }
}
