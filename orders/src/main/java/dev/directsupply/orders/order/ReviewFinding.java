package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Require;
import java.util.Locale;
import java.util.Map;

/**
 * One problem the review found (DS-4.1.2), to be taken up with the customer — or, when it
 * {@code rejects}, a reason the order cannot be accepted at all.
 *
 * @param field     what it is about, e.g. {@code lines[2].unit} or {@code deliveryPlace}
 * @param code      the catalogue key of its text, e.g. {@code orders.review.unit-not-allowed}
 * @param rule      the policy requirement, e.g. {@code DS-4.1.2}
 * @param rejects   whether it makes the order unacceptable rather than unclear
 * @param arguments the values its text names
 */
public record ReviewFinding(String field, String code, String rule, boolean rejects, Map<String, String> arguments) {

    public ReviewFinding {
        Require.nonNull(field, "field", code, "code", rule, "rule");
        arguments = Map.copyOf(arguments);
    }

    /** A question for the customer. */
    public static ReviewFinding unclear(String field, String code, Map<String, String> arguments) {
        return new ReviewFinding(field, code, "DS-4.1.2", false, arguments);
    }

    /** A reason to refuse the order. */
    public static ReviewFinding refusal(String field, String code, String rule, Map<String, String> arguments) {
        return new ReviewFinding(field, code, rule, true, arguments);
    }

    /** The finding in the language: {@code lines[2].unit: "box" is not a unit of P-100; allowed: kg, case}. */
    public String message(Locale locale) {
        return field + ": " + Messages.text(code, locale, arguments);
    }
}
