package dev.directsupply.orders;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.OrderId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Record what the customer was told about its order (DS-4.1.4), for the feedback feed. */
public record GiveFeedback(@NotNull OrderId orderId, @NotNull @OneOf(Channel.class) String channel,
                           @Size(max = 100) String contact,
                           @NotBlank @Size(max = 2000) String summary) {
}
