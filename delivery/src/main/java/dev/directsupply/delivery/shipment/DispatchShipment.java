package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The goods leave: inspected, labelled and announced (DS-4.2). */
public record DispatchShipment(@NotNull ShipmentId shipmentId, @NotNull @PastOrPresent LocalDate dispatchedOn)
    implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.DISPATCH;
    }
}
