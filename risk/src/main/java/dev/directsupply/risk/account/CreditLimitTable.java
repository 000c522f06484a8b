package dev.directsupply.risk.account;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import dev.directsupply.risk.credit.CreditGrade;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The credit limit by grade and purchase scale (DS-6.2.1), the {@code creditLimits} section: every
 * grade × scale tier has an amount; an ungraded customer has none.
 */
public final class CreditLimitTable {
    public static final String SECTION = "creditLimits";

    private final Currency currency;
    private final Map<CreditGrade, Map<ScaleTier, Money>> limits;

    public CreditLimitTable(Currency currency, Map<CreditGrade, Map<ScaleTier, Money>> limits) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Map<CreditGrade, Map<ScaleTier, Money>> copy = new EnumMap<>(CreditGrade.class);
        limits.forEach((grade, byTier) -> copy.put(grade, Map.copyOf(byTier)));
        this.limits = copy;
    }

    public Currency currency() {
        return currency;
    }

    /** The limit of a grade and tier; zero when not graded. */
    public Money limitFor(CreditGrade grade, ScaleTier tier) {
        if (grade == null) {
            return Money.zero(currency);
        }
        return limits.get(grade).get(tier);
    }

    /** Reads the section; every grade × tier must be given, zero or more. */
    public static CreditLimitTable read(PolicySection section, ParameterReader reader, CreditLimitTable fallback) {
        if (fallback != null && !section.has("limits") && !section.has("currency")) {
            return fallback;
        }
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, Set.of("currency", "limits"));
        Currency currency = mine.currency(section, "currency", fallback == null ? Money.CNY : fallback.currency());
        PolicySection table = mine.section(section, "limits");
        Set<String> grades = new HashSet<>();
        for (CreditGrade grade : CreditGrade.values()) {
            grades.add(grade.name());
        }
        mine.onlyKnownKeys(table, grades);
        Map<CreditGrade, Map<ScaleTier, Money>> limits = new EnumMap<>(CreditGrade.class);
        for (CreditGrade grade : CreditGrade.values()) {
            PolicySection row = mine.section(table, grade.name());
            if (!table.has(grade.name())) {
                mine.problem(table.pathOf(grade.name()), "kernel.parameter.missing", "DS-6.2.1", Map.of());
                continue;
            }
            Set<String> tiers = new HashSet<>();
            for (ScaleTier tier : ScaleTier.values()) {
                tiers.add(tier.name());
            }
            mine.onlyKnownKeys(row, tiers);
            Map<ScaleTier, Money> byTier = new EnumMap<>(ScaleTier.class);
            for (ScaleTier tier : ScaleTier.values()) {
                Money limit = mine.money(row, tier.name(), null, currency);
                if (limit != null) {
                    byTier.put(tier, limit);
                }
            }
            limits.put(grade, byTier);
        }
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null : new CreditLimitTable(currency, limits);
    }
}
