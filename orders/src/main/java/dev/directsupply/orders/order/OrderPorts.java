package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;

/** Everything the orders module asks outside itself; the {@code sdk} wires each one. */
public record OrderPorts(OrderingCustomers customers, AgreedTermsSource agreements, ProductCatalogue catalogue,
                         SupplyCheck supply, ProductionPlanning production, CreditCheck credit) {
    public OrderPorts {
        Require.nonNull(customers, "customers", agreements, "agreements", catalogue, "catalogue", supply, "supply",
            production, "production", credit, "credit");
    }
}
