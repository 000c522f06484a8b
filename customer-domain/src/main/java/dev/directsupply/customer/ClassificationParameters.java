package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.InCurrency;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters of customer classification (DS-2.2.1), the {@code classification} section of
 * a policy file. POLICY.md gives X1 = 500万元 and X2 = 100万元; the 12-month purchase window, the
 * 12-month new-customer period and 24 months of purchase history are the company's choice. Amounts
 * are in units of the currency (yuan for CNY: 5000000 for 500万元), not in 万元.
 *
 * @param largeThreshold          X1: annual purchases at or above it make a LARGE customer
 * @param mediumThreshold         X2: at or above it (and below X1) MEDIUM; below it SMALL
 * @param purchaseWindowMonths    how many months of purchases make up the annual purchase amount
 * @param newCustomerMonths       for how many months after registration the declared annual purchase
 *                                counts when it is higher than the purchases recorded so far (0: never)
 * @param purchaseRetentionMonths how many months of purchase history a customer keeps (at least the window)
 */
public record ClassificationParameters(
    @NotNull Currency currency,
    @NotNull @Positive @DecimalMax(value = "1e15", inclusive = false) BigDecimal largeThreshold,
    @NotNull @Positive @DecimalMax(value = "1e15", inclusive = false) BigDecimal mediumThreshold,
    @InRange(min = 1, max = 36, rule = "DS-2.2.1") int purchaseWindowMonths,
    @InRange(min = 0, max = 36, rule = "DS-2.2.1") int newCustomerMonths,
    @InRange(min = 1, max = 120, rule = "DS-7.1.1") int purchaseRetentionMonths) implements InCurrency, CrossFieldRules {

    /** The section of a policy file these parameters live in, with POLICY.md's values. */
    public static final ParameterSection<ClassificationParameters> SECTION = ParameterSection.of("classification",
        ClassificationParameters.class, "/dev/directsupply/customer/policy-defaults.json");

    /** The shipped defaults. */
    public static ClassificationParameters defaults() {
        return Defaults.SET;
    }

    /** X1 as money. */
    public Money x1() {
        return Money.of(largeThreshold, currency);
    }

    /** X2 as money. */
    public Money x2() {
        return Money.of(mediumThreshold, currency);
    }

    /** X2 below X1 (DS-2.2.1); the amounts within the currency's decimals; the history at least a window. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (currency == null || largeThreshold == null || mediumThreshold == null) {
            return problems;
        }
        int decimals = Math.max(0, currency.getDefaultFractionDigits());
        for (Map.Entry<String, BigDecimal> amount : Map.of("largeThreshold", largeThreshold, "mediumThreshold",
            mediumThreshold).entrySet()) {
            if (amount.getValue().stripTrailingZeros().scale() > decimals) {
                problems.add(Violation.of(amount.getKey(), "kernel.parameter.money", "",
                    Map.of("value", amount.getValue(), "currency", currency.getCurrencyCode())));
            }
        }
        if (problems.isEmpty() && mediumThreshold.compareTo(largeThreshold) >= 0) {
            problems.add(Violation.of("mediumThreshold", "customer.parameter.thresholds-out-of-order", "DS-2.2.1",
                Map.of("x1", x1(), "x2", x2())));
        }
        if (purchaseRetentionMonths < purchaseWindowMonths) {
            problems.add(Violation.of("purchaseRetentionMonths", "customer.parameter.retention-window", "DS-7.1.1",
                Map.of("window", purchaseWindowMonths)));
        }
        return problems;
    }

    private static final class Defaults {
        static final ClassificationParameters SET = PolicyParameters.defaults(List.of(SECTION))
            .section(ClassificationParameters.class);
    }
}
