package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;

/** A credit note reduced an invoice. */
public record CreditNoteIssued(InvoiceId invoiceId, CustomerId customerId, String reference, Money amount,
                               String reason, Money outstanding, Instant occurredAt) implements InvoiceEvent {
}
