package dev.directsupply.customer;

import dev.directsupply.kernel.InvalidValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — the registration
 * authority (1), the organisation category (1), the administrative division (6 digits), the
 * organisation code (9) and a check character — over the alphabet {@code 0-9} and
 * {@code ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z). The check character is
 * {@code 31 - (Σ value(cᵢ)·wᵢ mod 31)} with weights {@code 3^(i-1) mod 31}, and 31 written as {@code 0}.
 * Lower-case input and surrounding spaces are accepted and normalised.
 */
public record UnifiedSocialCreditCode(String value) {
    /** The 31 characters of the code alphabet, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** What can be wrong with a code; each has a message key {@code customer.credit-code.<name>}. */
    public enum Problem {
        LENGTH("customer.credit-code.length"),
        CHARACTER("customer.credit-code.character"),
        DIVISION_CODE("customer.credit-code.division-code"),
        CHECK_CHARACTER("customer.credit-code.check-character");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public UnifiedSocialCreditCode {
        value = normalise(value);
        Optional<Problem> problem = problemOf(value);
        if (problem.isPresent()) {
            throw InvalidValue.of("creditCode", problem.get().messageKey(), "DS-7.1.2",
                Map.of("invalidValue", String.valueOf(value)));
        }
    }

    public static UnifiedSocialCreditCode of(String text) {
        return new UnifiedSocialCreditCode(text);
    }

    /** Trimmed and upper-cased; null stays null. */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the (normalised) text, if anything. */
    public static Optional<Problem> problemOf(String text) {
        if (text == null || text.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.of(Problem.DIVISION_CODE);
            }
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the code alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The six-digit administrative division code (positions 3 to 8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
