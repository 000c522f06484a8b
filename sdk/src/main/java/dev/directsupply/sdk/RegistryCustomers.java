package dev.directsupply.sdk;

import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerRegistry;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.orders.OrderingCustomer;
import dev.directsupply.orders.OrderingCustomers;
import java.util.Optional;

/** The orders module's view of customers, answered by the customer registry as the SDK's own system actor. */
final class RegistryCustomers implements OrderingCustomers {
    private static final Actor ORDERS = Actor.system("orders");

    private final CustomerRegistry customers;

    RegistryCustomers(CustomerRegistry customers) {
        this.customers = customers;
    }

    @Override
    public Optional<OrderingCustomer> find(CustomerId id) {
        try {
            Customer customer = customers.get(ORDERS, id);
            return Optional.of(new OrderingCustomer(id, customer.legalName(),
                customer.status() == CustomerStatus.ACTIVE, customer.importance()));
        } catch (NotFound unknown) {
            return Optional.empty();
        }
    }
}
