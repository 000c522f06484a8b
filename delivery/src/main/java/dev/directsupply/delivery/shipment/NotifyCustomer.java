package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
