package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * The credit check answered for a revision of the order (DS-4.1.2); {@code overridden} when an
 * authorised actor released a hold against it.
 */
public record CreditChecked(OrderId orderId, CustomerId customerId, int revision, CreditOutcome outcome, List<String> reasons,
                            boolean overridden, Instant occurredAt) implements OrderEvent {

    public CreditChecked {
        reasons = List.copyOf(reasons);
    }
}
