package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** Production reported a milestone of a line (DS-4.1.4). */
public record ProgressRecorded(OrderId orderId, CustomerId customerId, int line, Milestone milestone, LocalDate on,
    LocalDate projectedFinish, Instant occurredAt) implements OrderEvent {
}
