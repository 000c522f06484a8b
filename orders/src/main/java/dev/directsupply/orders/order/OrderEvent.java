package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;

/** What happens to an order; each event names the order and its customer. */
public sealed interface OrderEvent extends DomainEvent
    permits OrderReceived, OrderMoved, ClarificationRequested, ClarificationAnswered, CreditChecked,
    PrepaymentRequested, PrepaymentReceived, OrderAmended, OrderReleased, ProgressRecorded, OrderShipped,
    OrderDelivered, OrderAccepted, OrderCancelled, OrderRejected, DelayWarningRaised, DelaySolutionAgreed,
    Communicated, DelayToldToCustomer, DelayNoticeOverdue {

    OrderId orderId();

    CustomerId customerId();
}
