package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** The promised delivery date is at risk or will be missed (DS-4.1.4). */
public record DelayWarningRaised(OrderId orderId, CustomerId customerId, int number, DelaySeverity severity,
    LocalDate promised, LocalDate projectedDelivery, long slackDays, Instant occurredAt) implements OrderEvent {
}
