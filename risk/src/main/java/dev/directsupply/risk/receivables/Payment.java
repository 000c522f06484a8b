package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** Money received against an invoice, under the payer's reference. */
public record Payment(String reference, LocalDate receivedOn, Money amount) {
    public Payment {
        Require.nonNull(reference, "reference", receivedOn, "receivedOn", amount, "amount");
    }
}
