package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a shipment asks of its transport (DS-4.2.1): how far, whether the customer collects it, its weight and
 * volume, the special handling its goods need, and how urgent it is.
 */
public record TransportNeed(DistanceBand band, boolean pickedUp, BigDecimal weightKg, BigDecimal volumeM3,
                            Set<Handling> handling, Urgency urgency) {
    public TransportNeed {
        Require.nonNull(band, "band", weightKg, "weightKg", volumeM3, "volumeM3", handling, "handling",
            urgency, "urgency");
        handling = Set.copyOf(handling);
    }
}
