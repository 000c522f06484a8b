package dev.directsupply.delivery.shipment;

import dev.directsupply.delivery.transport.Handling;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.Set;

/** How a unit of goods travels: its weight, its volume, and the special handling it needs (DS-4.2.1). */
public record Cargo(BigDecimal unitWeightKg, BigDecimal unitVolumeM3, Set<Handling> handling) {
    public Cargo {
        Require.nonNull(unitWeightKg, "unitWeightKg", unitVolumeM3, "unitVolumeM3", handling, "handling");
        handling = Set.copyOf(handling);
    }
}
