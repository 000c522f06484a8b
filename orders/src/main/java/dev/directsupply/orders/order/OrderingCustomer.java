package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Require;

/**
 * What orders need to know of a customer: whether it may order now, and how important it is (which
 * sets how often it hears about its orders, DS-4.1.4).
 *
 * @param active whether the customer is active (not suspended or terminated)
 */
public record OrderingCustomer(CustomerId id, String name, boolean active, StrategicImportance importance) {
    public OrderingCustomer {
        Require.nonNull(id, "id", name, "name", importance, "importance");
    }
}
