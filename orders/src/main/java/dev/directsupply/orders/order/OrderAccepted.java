package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer accepted the goods: the accepted value is billed, less the prepayments received;
 * prepayments beyond the accepted value are a refund due.
 */
public record OrderAccepted(OrderId orderId, CustomerId customerId, String creditReference, Money acceptedValue,
    Money prepaid, Money refundDue, LocalDate acceptedOn, Instant occurredAt) implements OrderEvent {
}
