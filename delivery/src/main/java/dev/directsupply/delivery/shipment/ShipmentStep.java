package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** A line of a shipment's history: a step taken, by whom and when; {@code from} is null for the first. */
public record ShipmentStep(ShipmentStatus from, ShipmentStatus to, ShipmentAction action, String note, ActorId by,
                           Instant at) {
    public ShipmentStep {
        Require.nonNull(to, "to", note, "note", by, "by", at, "at");
    }
}
