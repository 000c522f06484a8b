package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: the cooperation agreements (DS-3.4 step 6). {@code orders.reference.InMemoryAgreements} is a
 * default; the admission module answers it once it lands.
 */
@FunctionalInterface
public interface Agreements {
    /** The customer's agreement in force on the day, if any. */
    Optional<Agreement> inForce(CustomerId customer, LocalDate day);
}
