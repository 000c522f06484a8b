package dev.directsupply.kernel;

import java.util.Map;

/**
 * A command that was well formed broke a policy rule; the error names the requirement
 * ({@link #rule()}, e.g. {@code DS-3.3.2}). Modules subclass it with a type named after the fact,
 * such as {@code DuplicateCustomer}, carrying the offending values.
 */
public class RuleViolation extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    public RuleViolation(String rule, String code, String messageKey, Map<String, ?> arguments) {
        super(code, requireRule(rule), messageKey, arguments);
    }

    private static String requireRule(String rule) {
        if (rule == null || !rule.startsWith("DS-")) {
            throw new IllegalArgumentException("a rule violation names its policy requirement (DS-…), not " + rule);
        }
        return rule;
    }
}
