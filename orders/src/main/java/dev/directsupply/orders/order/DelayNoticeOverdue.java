package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * A delay warning went untold longer than the hours allowed (DS-4.1.4): escalated once, and counted as a supply
 * signal (DS-6.1.4).
 */
public record DelayNoticeOverdue(OrderId orderId, CustomerId customerId, int warning, Instant raisedAt,
                                 Instant occurredAt) implements OrderEvent {
}
