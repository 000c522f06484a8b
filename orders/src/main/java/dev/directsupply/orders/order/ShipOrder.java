package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Record goods leaving for the customer: part of the order or the rest (DS-4.1.4). */
public record ShipOrder(@NotNull OrderId orderId, @NotBlank @Size(max = 64) String shipmentReference,
                        @NotNull @PastOrPresent LocalDate shippedOn,
                        @NotEmpty @Size(max = 200) List<@NotNull @Valid ShippedLine> lines) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.SHIP;
    }

    /** Each order line is named once. */
    @Override
    public List<Violation> crossFieldViolations() {
        return LineNumbers.namedTwice(lines, ShippedLine::line, "lines");
    }
}
