package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: the customers who place orders, and what they bought. The orders module answers it from the
 * customer module's desk unless the host gives its own.
 */
public interface OrderingCustomers {

    /** The customer, or empty when there is none with the id. */
    Optional<OrderingCustomer> find(CustomerId id);

    /**
     * An accepted order counts as a purchase in the customer's scale classification (DS-2.2.1).
     * Recording the same order again records nothing more.
     */
    void recordPurchase(Actor actor, CustomerId customer, OrderId order, LocalDate on, Money value);
}
