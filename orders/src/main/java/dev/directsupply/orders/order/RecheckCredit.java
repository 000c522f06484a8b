package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import jakarta.validation.constraints.NotNull;

/** Ask the credit check again for a held order; it is approved once the check passes (DS-4.1.2). */
public record RecheckCredit(@NotNull OrderId orderId) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.REVIEW;
    }
}
