package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Sends the customer a changed estimated arrival, with its reason (DS-4.2.3). */
public record UpdateArrival(@NotNull ShipmentId shipmentId, @NotNull LocalDate estimatedArrival,
                            @NotBlank @Size(max = 500) String reason) implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.NOTIFY;
    }
}
