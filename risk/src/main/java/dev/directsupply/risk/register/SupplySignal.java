package dev.directsupply.risk.register;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** The late-delivery rate of a product line or customer for a month (DS-6.1.4), as the host measures it. */
public record SupplySignal(RiskSubject subject, YearMonth month, BigDecimal lateDeliveryRate) {
    public SupplySignal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(lateDeliveryRate, "lateDeliveryRate");
    }
}
