package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * Something passed between the company and the customer about the order (DS-4.1.4): a question, an
 * answer, feedback, an amendment or cancellation agreed, a solution to a delay. The order's feed keeps
 * each as a record of its own, numbered from 1.
 */
public record Communicated(OrderId orderId, CustomerId customerId, int number, Communication communication,
                           Instant occurredAt) implements OrderEvent {
}
