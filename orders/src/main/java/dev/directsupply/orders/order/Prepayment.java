package dev.directsupply.orders.order;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** A prepayment received for the order, by its bank reference. */
public record Prepayment(String reference, LocalDate receivedOn, Money amount) {
    public Prepayment {
        Require.nonNull(reference, "reference", receivedOn, "receivedOn", amount, "amount");
    }
}
