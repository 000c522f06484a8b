package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer accepted the goods: the accepted value is billed, less the prepayments received;
 * prepayments beyond the accepted value are a refund due ({@link #refundDue()}).
 */
public record OrderAccepted(OrderId orderId, CustomerId customerId, int revision, Money acceptedValue, Money prepaid,
                            LocalDate acceptedOn, Instant occurredAt) implements OrderEvent {

    /** What is still owed: the accepted value less the prepayments, zero when prepaid in full. */
    public Money owed() {
        return acceptedValue.isAtLeast(prepaid) ? acceptedValue.minus(prepaid) : Money.zero(acceptedValue.currency());
    }

    /** What was prepaid beyond the accepted value, to be refunded. */
    public Money refundDue() {
        return prepaid.isAtLeast(acceptedValue) ? prepaid.minus(acceptedValue) : Money.zero(prepaid.currency());
    }
}
