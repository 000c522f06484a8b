package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;
import java.util.List;

/**
 * The mode chosen for a shipment and why (DS-4.2.1): the rule that chose it, by name, and each of its
 * conditions as the shipment met it. With no rule matching, the rule is {@code fallback} and the reason says
 * that none held.
 */
public record TransportChoice(TransportMode mode, String rule, List<TransportReason> reasons) {
    public TransportChoice {
        Require.nonNull(mode, "mode", rule, "rule", reasons, "reasons");
        reasons = List.copyOf(reasons);
    }
}
