package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Submit an order received through a channel (DS-4.1.1). The idempotency key makes it safe to send
 * again: the same key with the same content returns the same order, however often and from however
 * many threads; the same key with other content is refused ({@code IdempotencyKeyReused}).
 *
 * @param channel           one of {@code Channel}'s names
 * @param customerReference the customer's own order number, if any
 * @param deliveryPlace     the code of a delivery place of the agreement
 * @param urgency           one of {@code Urgency}'s names; NORMAL when left out
 */
public record SubmitOrder(@NotBlank @Size(max = 100) String idempotencyKey,
                          @NotNull CustomerId customerId,
                          @NotNull @OneOf(value = Channel.class, rule = "DS-4.1.1") String channel,
                          @Size(max = 64) String customerReference,
                          @NotEmpty @Size(max = 200) List<@NotNull @Valid SubmittedLine> lines,
                          @NotNull @FutureOrPresent LocalDate requestedDeliveryDate,
                          @NotBlank @Size(max = 64) String deliveryPlace,
                          @OneOf(Urgency.class) String urgency) {
}
