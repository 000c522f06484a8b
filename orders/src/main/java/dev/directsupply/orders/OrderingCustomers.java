package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import java.util.Optional;

/** Port: the customers who place orders. The {@code sdk} answers it from the customer registry. */
@FunctionalInterface
public interface OrderingCustomers {
    /** The customer, or empty when there is none with the id. */
    Optional<OrderingCustomer> find(CustomerId id);
}
