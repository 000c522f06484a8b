package dev.directsupply.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One thing wrong with a command, a value or a parameter file.
 *
 * @param field   the offending field or key path, e.g. {@code contacts[0].phone} or
 *                {@code classification.mediumThreshold}
 * @param code    a stable code for the kind of problem, e.g. {@code NotBlank} or
 *                {@code customer.credit-code.check-character}
 * @param rule    the policy requirement it enforces, e.g. {@code DS-2.2.1}, or empty
 * @param english the message in English
 * @param chinese the message in Simplified Chinese
 */
public record Violation(String field, String code, String rule, String english, String chinese) {

    public Violation {
        Require.nonNull(field, "field", code, "code", english, "english", chinese, "chinese");
        rule = rule == null ? "" : rule;
    }

    /** A violation whose message comes from the catalogue key, in both languages. */
    public static Violation of(String field, String key, String rule, Map<String, ?> arguments) {
        return new Violation(field, key, rule,
            Messages.text(key, Messages.ENGLISH, arguments), Messages.text(key, Messages.CHINESE, arguments));
    }

    /** A violation of a standard constraint, coded by its name ({@code NotNull}) as the validator codes it. */
    public static Violation constraint(String field, String constraint, String rule) {
        String key = "kernel.constraint." + constraint;
        return new Violation(field, constraint, rule, Messages.text(key, Messages.ENGLISH, Map.of()),
            Messages.text(key, Messages.CHINESE, Map.of()));
    }

    public Optional<String> policyRule() {
        return rule.isEmpty() ? Optional.empty() : Optional.of(rule);
    }

    public String message(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }

    /** The violations as one line, each after a separator: "; field: message (rule)". */
    public static String listed(java.util.List<Violation> violations, Locale locale) {
        boolean chinese = locale.getLanguage().equals("zh");
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            text.append(chinese ? "；" : "; ").append(violation.field()).append(chinese ? "：" : ": ")
                .append(violation.message(locale));
            violation.policyRule().ifPresent(rule -> text.append(" (").append(rule).append(')'));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return field + ": " + english + (rule.isEmpty() ? "" : " (" + rule + ")");
    }
}
