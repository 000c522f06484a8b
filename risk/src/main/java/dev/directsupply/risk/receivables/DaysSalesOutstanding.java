package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Days sales outstanding (DS-6.2.1): open receivables ÷ credit sales of the period × the period's
 * days. Empty when nothing was sold in the period (the figure has no meaning then).
 */
public final class DaysSalesOutstanding {
    private DaysSalesOutstanding() {
    }

    /** The DSO in days, to one decimal. */
    public static Optional<BigDecimal> of(Money openReceivables, Money salesInPeriod, int periodDays) {
        if (!salesInPeriod.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(openReceivables.amount().multiply(BigDecimal.valueOf(periodDays))
            .divide(salesInPeriod.amount(), 1, RoundingMode.HALF_UP));
    }
}
