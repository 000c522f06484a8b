package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The goods arrived at the customer's. */
public record RecordArrival(@NotNull ShipmentId shipmentId, @NotNull @PastOrPresent LocalDate arrivedOn)
    implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.RECEIVE;
    }
}
