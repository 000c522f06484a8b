package dev.directsupply.kernel.statemachine;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A condition a transition needs, named after the policy sentence it checks.
 *
 * @param description what must hold, e.g. {@code credit check passed}, or a catalogue key whose
 *                    English and Chinese texts say it; shown in the diagram
 * @param rule        the policy requirement it enforces, e.g. {@code DS-4.1.2}
 * @param condition   the test, over whatever context the table's owner passes
 * @param <C>         the context type
 */
public record Guard<C>(String description, String rule, Predicate<? super C> condition) {

    public Guard {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a guard is described");
        }
        if (rule == null || !rule.startsWith("DS-")) {
            throw new IllegalArgumentException("a guard names the policy rule it enforces, not " + rule);
        }
        Objects.requireNonNull(condition, "condition");
    }

    public static <C> Guard<C> of(String description, String rule, Predicate<? super C> condition) {
        return new Guard<>(description, rule, condition);
    }

    /** The description in the language: a catalogue key describes itself per language, plain text stays. */
    public String label(java.util.Locale locale) {
        return dev.directsupply.kernel.Messages.Localized.text(description).label(locale);
    }

    boolean test(C context) {
        return condition.test(context);
    }
}
