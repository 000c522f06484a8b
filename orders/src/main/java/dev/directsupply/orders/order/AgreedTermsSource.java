package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: the terms of the customer's cooperation agreement in force on a day (DS-3.4 step 6). Required: the
 * {@code sdk} answers it from the admission module's agreements; a host that keeps agreements elsewhere
 * gives its own.
 */
@FunctionalInterface
public interface AgreedTermsSource {
    /** The terms in force with the customer on the day, if an agreement is. */
    Optional<AgreedTerms> inForce(CustomerId customer, LocalDate day);
}
