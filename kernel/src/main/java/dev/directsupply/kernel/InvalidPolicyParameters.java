package dev.directsupply.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A policy parameter file or object is wrong: each violation names the key (a dotted path such as
 * {@code classification.mediumThreshold}) and what is wrong with it. Nothing is loaded.
 */
public final class InvalidPolicyParameters extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidPolicyParameters(String source, List<Violation> violations) {
        super("invalid-policy-parameters", "", "kernel.error.invalid-policy-parameters",
            Map.of("source", source, "count", violations.size()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("invalid parameters have at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The offending keys, in the order found. */
    public List<String> keys() {
        return violations.stream().map(Violation::field).toList();
    }

    @Override
    public String message(Locale locale) {
        return super.message(locale) + Violation.listed(violations, locale);
    }
}
