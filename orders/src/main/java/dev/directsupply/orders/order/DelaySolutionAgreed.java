package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/** A solution for the delay was agreed with the customer (DS-4.1.4). */
public record DelaySolutionAgreed(OrderId orderId, CustomerId customerId, int number, DelaySolutionKind solution,
    LocalDate newDate, String agreedWith, Instant occurredAt) implements OrderEvent {
}
