package dev.directsupply.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command was rejected before anything changed: it lists every violated field, each with a code,
 * the policy rule where one applies, and messages in English and Chinese.
 */
public final class InvalidCommand extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final String command;
    private final List<Violation> violations;

    public InvalidCommand(String command, List<Violation> violations) {
        super("invalid-command", "", "kernel.error.invalid-command",
            Map.of("command", command, "count", violations.size()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid command has at least one violation");
        }
        this.command = command;
        this.violations = List.copyOf(violations);
    }

    /** The simple name of the rejected command type. */
    public String command() {
        return command;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The fields that were violated, in the order found. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }

    @Override
    public String message(Locale locale) {
        return super.message(locale) + Violation.listed(violations, locale);
    }
}
