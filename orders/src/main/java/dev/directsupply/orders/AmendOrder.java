package dev.directsupply.orders;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.OrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Amend an order before release by agreement with the customer (DS-6.2.2): quantities, the requested
 * date, the delivery place. It becomes a new revision, reviewed again; the old revision's credit is released.
 */
public record AmendOrder(@NotNull OrderId orderId,
                         @Size(max = 200) List<@NotNull @Valid LineChange> quantities,
                         @FutureOrPresent LocalDate requestedDeliveryDate,
                         @Size(max = 64) String deliveryPlace,
                         @NotBlank @Size(max = 100) String agreedWith,
                         @Size(max = 500) String note,
                         @NotNull @OneOf(Channel.class) String channel) {
}
