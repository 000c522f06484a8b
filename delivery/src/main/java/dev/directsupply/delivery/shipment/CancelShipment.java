package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancels a shipment that has not left. */
public record CancelShipment(@NotNull ShipmentId shipmentId, @NotBlank @Size(max = 500) String reason)
    implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.CANCEL;
    }
}
