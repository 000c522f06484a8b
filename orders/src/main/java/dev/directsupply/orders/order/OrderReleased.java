package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The order was released to production with a plan per line (DS-4.1.3). */
public record OrderReleased(OrderId orderId, CustomerId customerId, int revision, LocalDate promisedDeliveryDate,
                            LocalDate projectedReady, List<LineTracking> plan, Instant occurredAt) implements OrderEvent {

    public OrderReleased {
        plan = List.copyOf(plan);
    }
}
