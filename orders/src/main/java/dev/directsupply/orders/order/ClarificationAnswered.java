package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The customer answered; {@code amended} when the answer changed the order. */
public record ClarificationAnswered(OrderId orderId, CustomerId customerId, int number, String answer,
    boolean amended, Instant occurredAt) implements OrderEvent {
}
