package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/** The order was changed by agreement with the customer (DS-6.2.2) and is reviewed again; the previous revision's credit reference is released. */
public record OrderAmended(OrderId orderId, CustomerId customerId, int previousRevision,
    String previousCreditReference, int revision, List<String> changes, String agreedWith, Instant occurredAt)
    implements OrderEvent {
    public OrderAmended {
        changes = List.copyOf(changes);
    }
}
