package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link Shipment}, also its reference on labels and notices. */
public record ShipmentId(String value) implements Identifier {
    public ShipmentId {
        Identifier.require("ShipmentId", value);
    }

    public static ShipmentId of(String value) {
        return new ShipmentId(value);
    }

    public static ShipmentId random() {
        return new ShipmentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
