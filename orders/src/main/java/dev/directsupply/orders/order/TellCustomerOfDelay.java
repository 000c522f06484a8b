package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records that the customer was told of the order's open delay (DS-4.1.4): through which channel, to whom, and
 * what was said. Shipping never waits for it; an untold delay is escalated once the notice hours have passed.
 */
public record TellCustomerOfDelay(@NotNull OrderId orderId, @NotNull @OneOf(Channel.class) String channel,
                                  @NotBlank @Size(max = 100) String contact,
                                  @MultiLine @NotBlank @Size(max = 500) String summary) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.COMMUNICATE;
    }
}
