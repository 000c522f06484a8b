package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The customer has the goods. */
public record ConfirmDelivery(@NotNull OrderId orderId, @NotNull @PastOrPresent LocalDate deliveredOn) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.CONFIRM_DELIVERY;
    }
}
