package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;

/**
 * Port: billing for accepted orders (DS-6.1.1). The {@code sdk} connects it to the risk module's
 * receivables, where the invoice takes over the credit the revision reserved.
 */
@FunctionalInterface
public interface Billing {

    /**
     * Bills what the customer still owes for an accepted order revision, issued on the day it was
     * accepted, on the payment terms of the agreement then in force. Billing the same order again bills
     * nothing more.
     *
     * @param agreedPaymentTermDays the agreement's days from invoice to payment; {@code null} when no
     *                              agreement is in force on the day
     */
    void bill(Actor actor, CustomerId customer, CreditReference reference, Money owed, LocalDate issuedOn,
              Integer agreedPaymentTermDays);
}
