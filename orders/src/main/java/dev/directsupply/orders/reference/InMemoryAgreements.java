package dev.directsupply.orders.reference;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.orders.order.Agreement;
import dev.directsupply.orders.order.Agreements;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Cooperation agreements held in memory, until the admission module answers the port. The agreement
 * in force on a day is the latest one that started by then and has not ended. Thread-safe.
 */
public final class InMemoryAgreements implements Agreements {
    private final List<Agreement> agreements = new CopyOnWriteArrayList<>();

    public InMemoryAgreements add(Agreement agreement) {
        agreements.add(Objects.requireNonNull(agreement, "agreement"));
        return this;
    }

    @Override
    public Optional<Agreement> inForce(CustomerId customer, LocalDate day) {
        return agreements.stream()
            .filter(agreement -> agreement.customerId().equals(customer) && agreement.isInForceOn(day))
            .max(Comparator.comparing(Agreement::validFrom));
    }
}
