package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.NotNull;

/** Review an order (DS-4.1.2): completeness and accuracy, capacity and inventory, then credit. */
public record ReviewOrder(@NotNull OrderId orderId) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.REVIEW;
    }
}
