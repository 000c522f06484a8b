package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;

/**
 * One reason for a transport choice: a condition of the rule that chose it and what the shipment showed
 * ({@code handling} = {@code COLD_CHAIN}, {@code weightKg} = {@code 12.5 ≤ 30}).
 */
public record TransportReason(String condition, String observed) {
    public TransportReason {
        Require.nonNull(condition, "condition", observed, "observed");
    }

    @Override
    public String toString() {
        return condition + ": " + observed;
    }
}
