package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open order whose customer is owed news of it (DS-4.1.4): it was last told at {@code lastTold},
 * and its class hears every so many days.
 */
public record FeedbackDue(OrderId orderId, CustomerId customerId, StrategicImportance importance, OrderStatus status,
                          Instant lastTold, LocalDate dueOn) {
}
