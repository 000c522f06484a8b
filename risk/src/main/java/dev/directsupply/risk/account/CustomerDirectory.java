package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.util.Optional;

/** The port to the customer information database; {@code sdk} answers it from the customer registry. */
@FunctionalInterface
public interface CustomerDirectory {
    Optional<CustomerFacts> find(CustomerId customer);
}
