package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/** The review found problems and the customer was asked (DS-4.1.2). */
public record ClarificationRequested(OrderId orderId, CustomerId customerId, int number,
    List<ReviewFinding> findings, Instant occurredAt) implements OrderEvent {
    public ClarificationRequested {
        findings = List.copyOf(findings);
    }
}
