package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/** A weight and a volume: what a shipment takes up, or what is left of a day's capacity. */
public record Load(BigDecimal weightKg, BigDecimal volumeM3) {
    public static final Load NONE = new Load(BigDecimal.ZERO, BigDecimal.ZERO);

    public Load {
        Require.nonNull(weightKg, "weightKg", volumeM3, "volumeM3");
    }

    /** Whether the other load fits in this one, in weight and in volume. */
    public boolean holds(Load other) {
        return other.weightKg.compareTo(weightKg) <= 0 && other.volumeM3.compareTo(volumeM3) <= 0;
    }

    public Load plus(Load other) {
        return new Load(weightKg.add(other.weightKg), volumeM3.add(other.volumeM3));
    }

    public Load minus(Load other) {
        return new Load(weightKg.subtract(other.weightKg), volumeM3.subtract(other.volumeM3));
    }
}
