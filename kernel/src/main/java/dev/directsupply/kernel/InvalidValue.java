package dev.directsupply.kernel;

import java.util.Locale;
import java.util.Map;

/**
 * A value object was given a value it cannot hold (a money amount with too many decimals, a
 * malformed id). Commands are validated before value objects are made, so a host sees this only
 * when it builds value objects itself.
 */
public final class InvalidValue extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final Violation violation;

    public InvalidValue(Violation violation) {
        super("invalid-value", violation.rule(), "kernel.error.invalid-value", Map.of("field", violation.field()));
        this.violation = violation;
    }

    /** Shorthand for a violation from the catalogue. */
    public static InvalidValue of(String field, String key, String rule, Map<String, ?> arguments) {
        return new InvalidValue(Violation.of(field, key, rule, arguments));
    }

    public Violation violation() {
        return violation;
    }

    @Override
    public String message(Locale locale) {
        return super.message(locale) + violation.message(locale);
    }
}
