package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.InvoiceId;
import java.time.Instant;

/** An amount was taken off an invoice, with the reason; {@code outstanding} is what is still owed. */
public record CreditNoteIssued(InvoiceId invoiceId, CustomerId customerId, CreditNote note, Money outstanding,
                               Instant occurredAt) implements InvoiceEvent {
}
