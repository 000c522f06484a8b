package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Sends the customer the delivery notice (DS-4.2.3): carrier, tracking number and the estimated arrival —
 * when not given, the day the goods leave plus the agreed transport days.
 */
public record NotifyCustomer(@NotNull ShipmentId shipmentId, @NotBlank @Size(max = 100) String carrier,
                             @NotBlank @Size(max = 64) String tracking, LocalDate estimatedArrival) implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.NOTIFY;
    }
}
