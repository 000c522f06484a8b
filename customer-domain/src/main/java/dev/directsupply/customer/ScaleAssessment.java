package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * Why a customer is in its scale tier (DS-2.2.1): the annual purchase amount, what it rests on, the
 * thresholds it was compared with, and the month it was assessed for.
 */
public record ScaleAssessment(ScaleTier tier, Money annualPurchase, ScaleBasis basis, Money largeThreshold,
                              Money mediumThreshold, YearMonth asOf) {

    public ScaleAssessment {
        Require.nonNull(tier, "tier", annualPurchase, "annualPurchase", basis, "basis",
            largeThreshold, "largeThreshold", mediumThreshold, "mediumThreshold", asOf, "asOf");
    }

    /** A stable code of the comparison that decided the tier: {@code AT_OR_ABOVE_X1}, … */
    public String reasonCode() {
        return switch (tier) {
            case LARGE -> "AT_OR_ABOVE_X1";
            case MEDIUM -> "FROM_X2_BELOW_X1";
            case SMALL -> "BELOW_X2";
        };
    }

    /** The assessment as a sentence, e.g. "annual purchases of 6000000.00 CNY … ≥ X1 …". */
    public String explain(Locale locale) {
        return Messages.text("customer.scale.explanation." + tier.name(), locale, Map.of(
            "amount", annualPurchase, "basis", basis,
            "x1", largeThreshold, "x2", mediumThreshold, "tier", tier, "asOf", asOf));
    }
}
