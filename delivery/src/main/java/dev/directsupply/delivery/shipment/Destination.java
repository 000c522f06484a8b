package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;

/**
 * Where a shipment goes: the agreed delivery place, how far it is by road, whether it is abroad, whether the
 * customer collects the goods itself, and the agreed transport days.
 */
public record Destination(String code, String name, int distanceKm, boolean overseas, boolean pickedUp,
                          int transportDays) {
    public Destination {
        Require.nonNull(code, "code", name, "name");
    }
}
