package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw text keys of look-ups and queries ({@code findByCreditCode(String)}), checked before any
 * store sees them, so that every store answers alike: a key that is missing, blank, longer than the
 * longest key of its kind or holding a hidden character ({@link InputHygiene}) is refused with an
 * {@link InvalidCommand} naming the look-up and the argument — never an {@code IllegalArgumentException}
 * from one store and an empty answer from another.
 */
public final class LookupKeys {
    private LookupKeys() {
    }

    /**
     * Returns the key when it is 1 to {@code maxLength} characters of one line of visible text.
     *
     * @param lookup    the look-up's name, e.g. {@code findByCreditCode}, shown as the refused command
     * @param argument  the argument's name, e.g. {@code creditCode}, shown as the field
     * @param maxLength the longest key of its kind
     * @throws InvalidCommand naming the argument otherwise
     */
    public static String require(String lookup, String argument, String key, int maxLength) {
        Optional<Violation> problem = problemOf(argument, key, maxLength);
        if (problem.isPresent()) {
            throw new InvalidCommand(lookup, List.of(problem.get()));
        }
        return key;
    }

    /** What is wrong with the key, named by the argument, if anything; for a look-up that lists every problem. */
    public static Optional<Violation> problemOf(String argument, String key, int maxLength) {
        Violation problem = null;
        if (key == null) {
            problem = Violation.constraint(argument, "NotNull", "");
        } else if (key.isBlank()) {
            problem = Violation.constraint(argument, "NotBlank", "");
        } else if (key.length() > maxLength) {
            problem = Violation.of(argument, "kernel.input.key-length", InputHygiene.TEXT_RULE,
                Map.of("max", maxLength, "length", key.length()));
        } else {
            problem = InputHygiene.ofText(argument, key, false).orElse(null);
        }
        return Optional.ofNullable(problem);
    }
}
