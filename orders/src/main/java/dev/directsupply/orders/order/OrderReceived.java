package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** An order arrived through a channel, under the agreement then in force (DS-4.1.1). */
public record OrderReceived(OrderId orderId, CustomerId customerId, Channel channel, String customerReference,
    String agreement, Money total, int lines, LocalDate requestedDeliveryDate, String deliveryPlace, Urgency urgency,
    Instant occurredAt) implements OrderEvent {
}
