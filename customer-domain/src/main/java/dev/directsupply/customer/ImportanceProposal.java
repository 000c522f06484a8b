package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The strategic importance the criteria propose for a customer (DS-2.2.3), with each criterion's points,
 * weight, contribution and reason, the score, and whether it differs from the importance set now — a
 * proposal for management, who confirms or overrides it with a reason.
 */
public record ImportanceProposal(CustomerId customerId, List<Line> lines, BigDecimal score,
                                 StrategicImportance proposed, StrategicImportance current) {
    public ImportanceProposal {
        Require.nonNull(customerId, "customerId", score, "score", proposed, "proposed", current, "current");
        lines = List.copyOf(lines);
    }

    /** Whether the criteria propose another importance than the one set. */
    public boolean differs() {
        return proposed != current;
    }

    /** One line per criterion, in the locale. */
    public List<String> explain(Locale locale) {
        return lines.stream().map(line -> line.explain(locale)).toList();
    }

    /** One criterion: its points (0–100), weight, contribution and reason (a message key and arguments). */
    public record Line(String criterion, int points, BigDecimal weight, BigDecimal contribution, String reason,
                       Map<String, String> arguments) {
        public Line {
            Require.nonNull(criterion, "criterion", weight, "weight", contribution, "contribution", reason,
                "reason");
            arguments = java.util.Collections.unmodifiableMap(new TreeMap<>(arguments));
        }

        public String explain(Locale locale) {
            Map<String, Object> rendered = new TreeMap<>();
            arguments.forEach((name, value) -> rendered.put(name, Messages.Localized.text(value)));
            return Messages.text("customer.importance-criterion." + criterion, locale, Map.of()) + ": " + points
                + " × " + weight.setScale(2, RoundingMode.HALF_UP).toPlainString() + " = " + contribution + " — "
                + Messages.text(reason, locale, rendered);
        }
    }
}
