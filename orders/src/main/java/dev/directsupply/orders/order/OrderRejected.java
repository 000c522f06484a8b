package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/** The order was refused, with the reasons; the credit checked for its revision is given back. */
public record OrderRejected(OrderId orderId, CustomerId customerId, int revision, List<String> reasons, Instant occurredAt) implements OrderEvent {

    public OrderRejected {
        reasons = List.copyOf(reasons);
    }
}
