package dev.directsupply.orders.order;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A prepayment received for the order, by its bank reference. */
public record Prepayment(String reference, LocalDate receivedOn, Money amount) {
    public Prepayment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
    }
}
