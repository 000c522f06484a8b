package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/**
 * Money that came in against an invoice, as the customer's account learns of it: what is still owed
 * afterwards, on which day, and whether it was a payment that settled the invoice or a write-off.
 */
public record Settlement(InvoiceId invoice, Money outstanding, LocalDate on, boolean paid, boolean writtenOff) {
    public Settlement {
        Require.nonNull(invoice, "invoice", outstanding, "outstanding", on, "on");
    }
}
