package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.NotNull;

/** Close an accepted order. */
public record CloseOrder(@NotNull OrderId orderId) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.CLOSE;
    }
}
