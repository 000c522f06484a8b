package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** An amount taken off an invoice (a return, a price correction), with its reason. */
public record CreditNote(String reference, LocalDate issuedOn, Money amount, String reason) {
    public CreditNote {
        Require.nonNull(reference, "reference", issuedOn, "issuedOn", amount, "amount", reason, "reason");
    }
}
