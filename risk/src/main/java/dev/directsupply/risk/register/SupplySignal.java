package dev.directsupply.risk.register;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.YearMonth;

/** The late-delivery rate of a product line or customer for a month (DS-6.1.4), as the host measures it. */
public record SupplySignal(RiskSubject subject, YearMonth month, BigDecimal lateDeliveryRate) {
    public SupplySignal {
        Require.nonNull(subject, "subject", month, "month", lateDeliveryRate, "lateDeliveryRate");
    }
}
