package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Record what the customer was told about its order (DS-4.1.4), for the feedback feed. */
public record GiveFeedback(@NotNull OrderId orderId, @NotNull @OneOf(Channel.class) String channel,
                           @Size(max = 100) String contact,
                           @MultiLine @NotBlank @Size(max = 2000) String summary) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.COMMUNICATE;
    }
}
