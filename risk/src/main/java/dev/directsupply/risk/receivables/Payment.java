package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Money received against an invoice, under the payer's reference. */
public record Payment(String reference, LocalDate receivedOn, Money amount) {
    public Payment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
    }
}
