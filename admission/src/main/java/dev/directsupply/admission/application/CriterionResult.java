package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Require;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One criterion's answer with its reason: a message key ({@code admission.reason.*}) and its arguments,
 * so the answer reads in English and in Chinese; an argument that is a catalogue key reads as its label.
 */
public record CriterionResult(Criterion criterion, Outcome outcome, String reason, Map<String, String> arguments) {
    public CriterionResult {
        Require.nonNull(criterion, "criterion", outcome, "outcome", reason, "reason", arguments, "arguments");
        arguments = java.util.Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    static CriterionResult of(Criterion criterion, Outcome outcome, String reason, Map<String, String> arguments) {
        return new CriterionResult(criterion, outcome, "admission.reason." + reason, arguments);
    }

    /** "Credit grade (DS-3.3.2): FAIL — grade BB is below the minimum A", in the locale. */
    public String explain(Locale locale) {
        Map<String, Object> rendered = new TreeMap<>();
        arguments.forEach((name, value) -> rendered.put(name, Messages.Localized.text(value)));
        return criterion.label(locale) + " (" + criterion.rule() + "): " + outcome.label(locale) + " — "
            + Messages.text(reason, locale, rendered);
    }
}
