package dev.directsupply.risk.register;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The late-delivery rate of a product line or customer for a month (DS-6.1.4), and how many of its delays went
 * untold past the notice hours (DS-4.1.4) — as the host or the SDK's delivery and orders modules measure them.
 */
public record SupplySignal(RiskSubject subject, YearMonth month, BigDecimal lateDeliveryRate, int untoldDelays) {
    public SupplySignal {
        Require.nonNull(subject, "subject", month, "month", lateDeliveryRate, "lateDeliveryRate");
        if (untoldDelays < 0) {
            throw new IllegalArgumentException("untold delays are counted from 0, not " + untoldDelays);
        }
    }

    /** Late deliveries only, as a host measures them without the orders' delay warnings. */
    public SupplySignal(RiskSubject subject, YearMonth month, BigDecimal lateDeliveryRate) {
        this(subject, month, lateDeliveryRate, 0);
    }
}
