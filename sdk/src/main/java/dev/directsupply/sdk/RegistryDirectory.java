package dev.directsupply.sdk;

import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerRegistry;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.risk.account.CustomerDirectory;
import dev.directsupply.risk.account.CustomerFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The risk module's view of customers, answered by the customer registry as the SDK's own system actor. */
final class RegistryDirectory implements CustomerDirectory {
    private static final Actor RISK = Actor.system("risk");

    private final CustomerRegistry customers;
    private final Clock clock;

    RegistryDirectory(CustomerRegistry customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerFacts> find(CustomerId id) {
        try {
            Customer customer = customers.get(RISK, id);
            return Optional.of(new CustomerFacts(customer.scaleTier(), customer.industry().industry(),
                LocalDate.ofInstant(customer.registeredAt(), clock.getZone())));
        } catch (NotFound unknown) {
            return Optional.empty();
        }
    }
}
