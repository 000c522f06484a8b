package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Packs the shipment (DS-4.2.2): the packages in order, each holding so much of one line. A label is made for
 * each from the line and its lot; the packages of a line must add up to it.
 */
public record PackShipment(@NotNull ShipmentId shipmentId,
                           @NotEmpty @Size(max = 1000) List<@NotNull @Valid PackageDetails> packages)
    implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.PREPARE;
    }

    /** A package: the shipment line it holds goods of, and how many. */
    public record PackageDetails(@NotNull @InRange(min = 1, max = 200) Integer line,
                                 @NotNull @Positive @DecimalMax("1e9") BigDecimal quantity) {
    }
}
