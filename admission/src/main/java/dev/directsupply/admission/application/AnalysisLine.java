package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One factor of a prospect analysis (DS-3.2.2): its points (0–100, or none when nothing shows them yet), its
 * weight, what it contributes, and why — a message key and its arguments, read in English or Chinese.
 */
public record AnalysisLine(String factor, Integer points, BigDecimal weight, BigDecimal contribution,
                           String reason, Map<String, String> arguments) {
    public AnalysisLine {
        Require.nonNull(factor, "factor", weight, "weight", contribution, "contribution", reason, "reason",
            arguments, "arguments");
        arguments = java.util.Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    /** Whether nothing shows the factor yet (it contributes nothing). */
    public boolean isMissing() {
        return points == null;
    }

    /** "credit standing: 80 points × 0.35 = 28.00 — grade A", in the locale. */
    public String explain(Locale locale) {
        Map<String, Object> rendered = new TreeMap<>();
        arguments.forEach((name, value) -> rendered.put(name, Messages.Localized.text(value)));
        return Messages.text("admission.factor." + factor, locale, Map.of()) + ": "
            + (points == null ? "—" : points) + " × " + weight.setScale(2, RoundingMode.HALF_UP).toPlainString() + " = "
            + contribution + " — "
            + Messages.text(reason, locale, rendered);
    }
}
