package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** The customer has the goods. */
public record OrderDelivered(OrderId orderId, CustomerId customerId, int revision, LocalDate deliveredOn,
                             Instant occurredAt) implements OrderEvent {
}
