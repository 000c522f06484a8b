package dev.directsupply.orders.order;

import java.util.Objects;

/** Everything the orders module asks outside itself; the {@code sdk} wires each one. */
public record OrderPorts(OrderingCustomers customers, Agreements agreements, ProductCatalogue catalogue,
                         SupplyCheck supply, ProductionPlanning production, CreditCheck credit) {
    public OrderPorts {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(credit, "credit");
    }
}
