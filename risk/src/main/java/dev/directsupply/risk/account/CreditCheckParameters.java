package dev.directsupply.risk.account;

import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import dev.directsupply.risk.credit.CreditGrade;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The policy parameters of the credit check (DS-4.1.2, DS-3.3.2), the {@code creditCheck} section:
 * the share of the limit that raises the watch flag (default 90%), the days past due tolerated before
 * orders are held, the lowest grade orders are accepted at, and the new-customer rule — for how many
 * months a customer is new, and the prepayment asked of a new customer without a guarantee.
 */
public record CreditCheckParameters(BigDecimal watchShare, int overdueToleranceDays, CreditGrade orderMinimumGrade,
                                    int newCustomerMonths, BigDecimal newCustomerPrepaymentRatio) {
    public static final String SECTION = "creditCheck";
    private static final Set<String> KEYS = Set.of("watchShare", "overdueToleranceDays", "orderMinimumGrade",
        "newCustomerMonths", "newCustomerPrepaymentRatio");

    public CreditCheckParameters {
        Objects.requireNonNull(watchShare, "watchShare");
        Objects.requireNonNull(orderMinimumGrade, "orderMinimumGrade");
        Objects.requireNonNull(newCustomerPrepaymentRatio, "newCustomerPrepaymentRatio");
    }

    /** Reads the section; problems go to the reader and the result is then null. */
    public static CreditCheckParameters read(PolicySection section, ParameterReader reader,
                                             CreditCheckParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        BigDecimal watch = ratio(mine, section, "watchShare", fallback == null ? null : fallback.watchShare());
        Integer tolerance = mine.integer(section, "overdueToleranceDays",
            fallback == null ? null : fallback.overdueToleranceDays(), 0, 3660);
        CreditGrade minimum = mine.choice(section, "orderMinimumGrade", CreditGrade.class,
            fallback == null ? null : fallback.orderMinimumGrade());
        Integer months = mine.integer(section, "newCustomerMonths",
            fallback == null ? null : fallback.newCustomerMonths(), 0, 120);
        BigDecimal prepayment = ratio(mine, section, "newCustomerPrepaymentRatio",
            fallback == null ? null : fallback.newCustomerPrepaymentRatio());
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null
            : new CreditCheckParameters(watch, tolerance, minimum, months, prepayment);
    }

    /** A ratio from 0 to 1. */
    static BigDecimal ratio(ParameterReader reader, PolicySection section, String key, BigDecimal fallback) {
        BigDecimal value = reader.decimal(section, key, fallback);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            reader.problem(section.pathOf(key), "risk.parameter.ratio", "DS-6.2.1", Map.of("value", value));
            return fallback;
        }
        return value;
    }
}
