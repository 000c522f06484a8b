package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancel an order by agreement with the customer (DS-6.2.2); its credit is released. */
public record CancelOrder(@NotNull OrderId orderId, @MultiLine @NotBlank @Size(max = 500) String reason,
                          @NotBlank @Size(max = 100) String agreedWith,
                          @NotNull @OneOf(Channel.class) String channel) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.AMEND;
    }
}
