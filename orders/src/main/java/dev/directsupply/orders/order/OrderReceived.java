package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * An order came in through a channel (DS-4.1.1): from whom, under which reference and agreement, and
 * what it asks for — its lines, delivery date and place, urgency.
 */
public record OrderReceived(OrderId orderId, CustomerId customerId, Channel channel, String customerReference,
                            String agreement, OrderTerms terms, Instant occurredAt) implements OrderEvent {
}
