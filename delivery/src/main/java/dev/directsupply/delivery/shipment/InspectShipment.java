package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotNull;

/** Records that every lot of the shipment passed its final inspection, as the inspection records show (DS-6.2.3). */
public record InspectShipment(@NotNull ShipmentId shipmentId) implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.PREPARE;
    }
}
