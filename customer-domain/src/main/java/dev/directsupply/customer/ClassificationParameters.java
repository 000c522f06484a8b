package dev.directsupply.customer;

import dev.directsupply.customer.internal.DefaultPolicy;
import dev.directsupply.kernel.DirectSupplyStyle;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The policy parameters of customer classification (DS-2.2.1), the {@code classification} section of
 * a policy file. The defaults ship in {@code dev/directsupply/customer/policy-defaults.json}:
 * X1 = 500万元, X2 = 100万元, a 12-month purchase window, a 12-month new-customer period and 24 months
 * of purchase history. Amounts are in units of the currency (yuan for CNY: 5000000 for 500万元), not
 * in 万元. Immutable; an inconsistent set (X2 ≥ X1, say) cannot be built.
 */
@Value.Immutable
@DirectSupplyStyle
public abstract class ClassificationParameters {
    /** The section of a policy file these parameters live in. */
    public static final String SECTION = "classification";
    static final Set<String> KEYS = Set.of("currency", "largeThreshold", "mediumThreshold", "purchaseWindowMonths",
        "newCustomerMonths", "purchaseRetentionMonths");

    /** X1: annual purchases at or above it make a LARGE customer. */
    public abstract Money largeThreshold();

    /** X2: annual purchases at or above it (and below X1) make a MEDIUM customer; below it, SMALL. */
    public abstract Money mediumThreshold();

    /** How many months of purchases make up the annual purchase amount (1 to 36). */
    public abstract int purchaseWindowMonths();

    /**
     * For how many months after registration the declared annual purchase counts when it is higher
     * than the purchases recorded so far (0 to 36; 0 means never).
     */
    public abstract int newCustomerMonths();

    /** How many months of purchase history a customer keeps (at least the window, at most 120). */
    public abstract int purchaseRetentionMonths();

    /** The currency purchases are counted in. */
    public Currency currency() {
        return largeThreshold().currency();
    }

    @Value.Check
    protected void check() {
        List<Violation> problems = new ArrayList<>();
        Map<String, Object> values = Map.of("x1", largeThreshold(), "x2", mediumThreshold(),
            "window", purchaseWindowMonths());
        if (!largeThreshold().currency().equals(mediumThreshold().currency())) {
            problems.add(Violation.of(SECTION + ".mediumThreshold", "customer.parameter.threshold-currency",
                "DS-2.2.1", values));
        } else {
            if (!mediumThreshold().isPositive()) {
                problems.add(Violation.of(SECTION + ".mediumThreshold", "customer.parameter.threshold-positive",
                    "DS-2.2.1", values));
            }
            if (!mediumThreshold().isLessThan(largeThreshold())) {
                problems.add(Violation.of(SECTION + ".mediumThreshold", "customer.parameter.thresholds-out-of-order",
                    "DS-2.2.1", values));
            }
        }
        range(problems, "purchaseWindowMonths", purchaseWindowMonths(), 1, 36);
        range(problems, "newCustomerMonths", newCustomerMonths(), 0, 36);
        range(problems, "purchaseRetentionMonths", purchaseRetentionMonths(), 1, 120);
        if (purchaseRetentionMonths() < purchaseWindowMonths()) {
            problems.add(Violation.of(SECTION + ".purchaseRetentionMonths", "customer.parameter.retention-window",
                "DS-7.1.1", values));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyParameters(SECTION, problems);
        }
    }

    private static void range(List<Violation> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(Violation.of(SECTION + "." + key, "kernel.parameter.integer-range", "",
                Map.of("value", value, "min", min, "max", max)));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds parameters; {@code build()} rejects a missing field or an inconsistent set with an
     * {@link InvalidPolicyParameters} naming each key.
     */
    public static class Builder extends ImmutableClassificationParameters.Builder {
        @Override
        public ClassificationParameters build() {
            try {
                return super.build();
            } catch (IllegalStateException missing) {
                // Immutables names the fields not set: "... not set [mediumThreshold, purchaseWindowMonths]".
                String text = String.valueOf(missing.getMessage());
                int open = text.lastIndexOf('[');
                int close = text.lastIndexOf(']');
                List<Violation> violations = new ArrayList<>();
                if (open >= 0 && close > open) {
                    for (String field : text.substring(open + 1, close).split(",\\s*")) {
                        violations.add(Violation.of(SECTION + "." + field.strip(), "kernel.parameter.missing", "",
                            Map.of()));
                    }
                }
                if (violations.isEmpty()) {
                    throw missing;
                }
                throw new InvalidPolicyParameters(SECTION, violations);
            }
        }
    }

    /** The shipped defaults of POLICY.md. */
    public static ClassificationParameters defaults() {
        return DefaultPolicy.classification();
    }

    /**
     * The {@code classification} section of a policy file; keys it leaves out keep their default.
     *
     * @throws InvalidPolicyParameters naming every wrong or unknown key
     */
    public static ClassificationParameters from(PolicySection policyFile) {
        ParameterReader reader = new ParameterReader("policy file");
        ClassificationParameters parameters = read(reader.section(policyFile, SECTION), reader, defaults());
        reader.finish();
        return parameters;
    }

    /**
     * Reads the section into parameters with a reader that may be shared with other areas; every
     * problem goes to the reader, and the result is null when there were any.
     *
     * @param fallback the value of each absent key; null makes every key required
     */
    public static ClassificationParameters read(PolicySection section, ParameterReader reader,
                                                ClassificationParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        Currency currency = mine.currency(section, "currency", fallback == null ? Money.CNY : fallback.currency());
        boolean sameCurrency = fallback != null && fallback.currency().equals(currency);
        Money large = mine.money(section, "largeThreshold", sameCurrency ? fallback.largeThreshold() : null, currency);
        Money medium = mine.money(section, "mediumThreshold", sameCurrency ? fallback.mediumThreshold() : null,
            currency);
        Integer window = mine.integer(section, "purchaseWindowMonths",
            fallback == null ? null : fallback.purchaseWindowMonths(), 1, 36);
        Integer newCustomer = mine.integer(section, "newCustomerMonths",
            fallback == null ? null : fallback.newCustomerMonths(), 0, 36);
        Integer retention = mine.integer(section, "purchaseRetentionMonths",
            fallback == null ? null : fallback.purchaseRetentionMonths(), 1, 120);
        ClassificationParameters parameters = null;
        if (!mine.hasProblems()) {
            try {
                parameters = builder().largeThreshold(large).mediumThreshold(medium).purchaseWindowMonths(window)
                    .newCustomerMonths(newCustomer).purchaseRetentionMonths(retention).build();
            } catch (InvalidPolicyParameters invalid) {
                mine.addAll(invalid.violations());
            }
        }
        reader.addAll(mine.violations());
        return parameters;
    }
}
