package dev.directsupply.kernel.parameters;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed parameters from {@link PolicySection}s, taking the default where a key is absent and
 * collecting every problem (wrong type, out of range, unknown key, broken relation between keys) so
 * that {@link #finish()} reports them all at once, each naming its key path.
 */
public final class ParameterReader {
    private final String source;
    private final List<Violation> violations = new ArrayList<>();

    /** @param source where the parameters come from, for the error message (a file name, "defaults") */
    public ParameterReader(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** A whole number within bounds; required when the fallback is null. */
    public Integer integer(PolicySection section, String key, Integer fallback, int min, int max) {
        BigDecimal value = number(section, key, fallback == null);
        if (value == null) {
            return fallback;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
            || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(section.pathOf(key), "kernel.parameter.integer-range", "",
                Map.of("value", value, "min", min, "max", max));
            return fallback;
        }
        return value.intValueExact();
    }

    /** A decimal number; the fallback when absent or not a number; required when the fallback is null. */
    public BigDecimal decimal(PolicySection section, String key, BigDecimal fallback) {
        BigDecimal value = number(section, key, fallback == null);
        return value == null ? fallback : value;
    }

    private BigDecimal number(PolicySection section, String key, boolean required) {
        Object raw = present(section, key, required);
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number || raw instanceof String) {
            try {
                return new BigDecimal(raw.toString().trim());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        problem(section.pathOf(key), "kernel.parameter.not-a-number", "", Map.of("value", String.valueOf(raw)));
        return null;
    }

    /** The raw value, or null; a required key that is absent is a problem. */
    private Object present(PolicySection section, String key, boolean required) {
        Object raw = section.value(key).orElse(null);
        if (raw == null && required) {
            problem(section.pathOf(key), "kernel.parameter.missing", "", Map.of());
        }
        return raw;
    }

    /** An amount of money in the currency, zero or more; required when the fallback is null. */
    public Money money(PolicySection section, String key, Money fallback, Currency currency) {
        BigDecimal amount = number(section, key, fallback == null);
        if (amount == null) {
            return fallback;
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()
            || amount.abs().compareTo(Money.LIMIT) >= 0) {
            problem(section.pathOf(key), "kernel.parameter.money", "",
                Map.of("value", amount, "currency", currency.getCurrencyCode()));
            return fallback;
        }
        return Money.of(amount, currency);
    }

    /** A currency code such as {@code CNY}; required when the fallback is null. */
    public Currency currency(PolicySection section, String key, Currency fallback) {
        Object raw = present(section, key, fallback == null);
        if (raw == null) {
            return fallback;
        }
        try {
            return Currency.getInstance(raw.toString());
        } catch (IllegalArgumentException unknown) {
            problem(section.pathOf(key), "kernel.parameter.currency", "", Map.of("value", raw.toString()));
            return fallback;
        }
    }

    /** The name of one constant of the enum; required when the fallback is null. */
    public <E extends Enum<E>> E choice(PolicySection section, String key, Class<E> type, E fallback) {
        Object raw = present(section, key, fallback == null);
        if (raw == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.toString())) {
                return constant;
            }
        }
        problem(section.pathOf(key), "kernel.parameter.choice", "",
            Map.of("value", raw.toString(), "allowed", List.of(type.getEnumConstants())));
        return fallback;
    }

    /**
     * The nested section under the key: empty when absent, and a problem when the key holds a value
     * that is not a section ({@code "classification": 5}).
     */
    public PolicySection section(PolicySection parent, String key) {
        if (parent.has(key) && !parent.isSection(key)) {
            problem(parent.pathOf(key), "kernel.parameter.not-a-section", "", Map.of());
        }
        return parent.section(key);
    }

    /**
     * The list of sections under the key ({@code "factors": [{…}, {…}]}), each with its indexed path
     * ({@code credit.factors[1]}); required when {@code required}. Items that are not objects are problems.
     */
    @SuppressWarnings("unchecked")
    public List<PolicySection> sections(PolicySection parent, String key, boolean required) {
        Object raw = present(parent, key, required);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> items)) {
            problem(parent.pathOf(key), "kernel.parameter.not-a-list", "", Map.of());
            return List.of();
        }
        List<PolicySection> sections = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = parent.pathOf(key) + "[" + i + "]";
            if (items.get(i) instanceof Map<?, ?> map) {
                sections.add(new PolicySection(path, (Map<String, Object>) map));
            } else {
                problem(path, "kernel.parameter.not-a-section", "", Map.of());
            }
        }
        return sections;
    }

    /** A text value; required when the fallback is null. */
    public String text(PolicySection section, String key, String fallback) {
        Object raw = present(section, key, fallback == null);
        return raw == null ? fallback : raw.toString();
    }

    /** Whether the section has a value for the key (to tell "absent" from "given"). */
    public boolean given(PolicySection section, String key) {
        return section.has(key);
    }

    /** Reports every key of the section that is not one of the known ones (a typo must not pass). */
    public void onlyKnownKeys(PolicySection section, Set<String> known) {
        for (String key : new TreeSet<>(section.keys())) {
            if (!known.contains(key)) {
                problem(section.pathOf(key), "kernel.parameter.unknown-key", "",
                    Map.of("known", new TreeSet<>(known)));
            }
        }
    }

    /** Records a problem with the key. */
    public void problem(String keyPath, String messageKey, String rule, Map<String, ?> arguments) {
        violations.add(Violation.of(keyPath, messageKey, rule, arguments));
    }

    /** Adds problems found elsewhere, such as a parameter object's own checks. */
    public void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    /** The problems found so far. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean hasProblems() {
        return !violations.isEmpty();
    }

    /** Throws {@link InvalidPolicyParameters} with every problem found, if any. */
    public void finish() {
        if (!violations.isEmpty()) {
            throw new InvalidPolicyParameters(source, violations);
        }
    }
}
