package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Require;

/** What did not conform: the characteristic, how grave, in how many units of the sample, and what was seen. */
public record NonConformance(String characteristic, NonConformanceSeverity severity, long units, String description) {
    public NonConformance {
        Require.nonNull(characteristic, "characteristic", severity, "severity", description, "description");
    }
}
