package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Refuse an order under review, waiting for an answer, or held, with the reason. */
public record RejectOrder(@NotNull OrderId orderId,
                          @MultiLine @NotBlank @Size(max = 500) String reason) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.REVIEW;
    }
}
