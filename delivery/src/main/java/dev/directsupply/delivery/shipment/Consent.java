package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Both sides' consent to a resolution (DS-4.2.4): who agreed for us, who agreed for the customer and on which
 * day, and when it was recorded.
 */
public record Consent(ActorId ours, String customerRepresentative, LocalDate customerAgreedOn, Instant recordedAt) {
    public Consent {
        Require.nonNull(ours, "ours", customerRepresentative, "customerRepresentative",
            customerAgreedOn, "customerAgreedOn", recordedAt, "recordedAt");
    }
}
