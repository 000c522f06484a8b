package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The credit check answered for a revision of the order (DS-4.1.2). */
public record CreditChecked(OrderId orderId, CustomerId customerId, String creditReference, CreditOutcome outcome,
    BigDecimal prepaymentRatio, List<String> reasons, boolean override, Instant occurredAt) implements OrderEvent {
    public CreditChecked {
        reasons = List.copyOf(reasons);
    }
}
