package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** An amount taken off an invoice (a return, a price correction), with its reason. */
public record CreditNote(String reference, LocalDate issuedOn, Money amount, String reason) {
    public CreditNote {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }
}
