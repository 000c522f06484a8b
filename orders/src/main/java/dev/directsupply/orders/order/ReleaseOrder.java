package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.NotNull;

/** Release an approved order to production (DS-4.1.3). */
public record ReleaseOrder(@NotNull OrderId orderId) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.RELEASE;
    }
}
