package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;
import java.util.List;
import java.util.Optional;

/**
 * The transport choice (DS-4.2.1): the rules in order, the first that holds choosing the mode, and the mode for
 * a shipment none holds for. The shipped rules are the company's choice (see {@code policy-defaults.json}):
 * the customer's own pick-up, sea abroad and air when urgent, hazardous goods by road, express for small urgent
 * parcels, air for urgent long hauls, rail for heavy long hauls, express for small parcels, and road otherwise.
 */
public record TransportRules(List<TransportRule> rules, TransportMode fallback) {
    public TransportRules {
        Require.nonNull(rules, "rules", fallback, "fallback");
        rules = List.copyOf(rules);
    }

    /** The mode for the need, with the rule that chose it and its reasons. */
    public TransportChoice choose(TransportNeed need) {
        for (TransportRule rule : rules) {
            Optional<List<TransportReason>> reasons = rule.reasonsFor(need);
            if (reasons.isPresent()) {
                return new TransportChoice(rule.mode(), rule.name(), reasons.get());
            }
        }
        return new TransportChoice(fallback, "fallback", List.of(new TransportReason("rules",
            "none of " + rules.size() + " held")));
    }
}
