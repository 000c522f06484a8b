package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** The customer was told of an open delay warning, ahead of the solution being agreed (DS-4.1.4). */
public record DelayToldToCustomer(OrderId orderId, CustomerId customerId, int warning, Channel channel,
                                  Instant occurredAt) implements OrderEvent {
}
