package dev.directsupply.risk.account;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.InCurrency;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.risk.credit.CreditGrade;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The credit limit of each grade and purchase scale (DS-6.2.1), the {@code creditLimits} section: a
 * table the company chooses, every grade × tier given, in the policy's currency. A file that names
 * one cell keeps the others.
 */
public record CreditLimitTable(@NotNull Currency currency,
                               @NotNull Map<CreditGrade, Map<ScaleTier, BigDecimal>> limits)
    implements InCurrency, CrossFieldRules {

    public static final ParameterSection<CreditLimitTable> SECTION = ParameterSection.of("creditLimits",
        CreditLimitTable.class, "/dev/directsupply/risk/policy-defaults.json");

    /** The limit of a grade and tier; zero when not graded. */
    public Money limitFor(CreditGrade grade, ScaleTier tier) {
        return grade == null ? Money.zero(currency) : Money.of(limits.get(grade).get(tier), currency);
    }

    /** Every grade and tier has a limit of zero or more, within the currency's decimals. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (currency == null || limits == null) {
            return problems;
        }
        for (CreditGrade grade : CreditGrade.values()) {
            Map<ScaleTier, BigDecimal> row = limits.get(grade);
            for (ScaleTier tier : ScaleTier.values()) {
                String key = "limits." + grade.name() + "." + tier.name();
                BigDecimal limit = row == null ? null : row.get(tier);
                if (limit == null) {
                    problems.add(Violation.of(key, "kernel.parameter.missing", "DS-6.2.1", Map.of()));
                } else if (limit.signum() < 0 || limit.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()
                    || limit.compareTo(Money.LIMIT) >= 0) {
                    problems.add(Violation.of(key, "kernel.parameter.money", "DS-6.2.1",
                        Map.of("value", limit, "currency", currency.getCurrencyCode())));
                }
            }
        }
        return problems;
    }
}
