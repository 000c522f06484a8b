package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.risk.account.InvoiceId;
import java.time.Instant;

/** An invoice was issued (DS-6.1.1): what it bills, for whom, when it is due. */
public record InvoiceIssued(InvoiceId invoiceId, Billing billing, Instant occurredAt) implements InvoiceEvent {

    @Override
    public CustomerId customerId() {
        return billing.customerId();
    }
}
