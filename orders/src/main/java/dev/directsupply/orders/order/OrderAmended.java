package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * The order was changed by agreement with the customer (DS-6.2.2) and is reviewed again; the credit
 * checked for the previous revision is given back.
 */
public record OrderAmended(OrderId orderId, CustomerId customerId, int previousRevision, int revision, List<String> changes,
                           String agreedWith, Instant occurredAt) implements OrderEvent {

    public OrderAmended {
        changes = List.copyOf(changes);
    }
}
