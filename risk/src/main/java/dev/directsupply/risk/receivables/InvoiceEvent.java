package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.risk.account.InvoiceId;

/** What happens to an {@link Invoice}. */
public sealed interface InvoiceEvent extends DomainEvent
    permits InvoiceIssued, PaymentReceived, CreditNoteIssued, InvoiceSettled, BadDebtWrittenOff {

    InvoiceId invoiceId();

    CustomerId customerId();
}
