package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.InvoiceId;
import java.time.Instant;

/** A payment came in against an invoice; {@code outstanding} is what is still owed after it. */
public record PaymentReceived(InvoiceId invoiceId, CustomerId customerId, Payment payment, Money outstanding,
                              Instant occurredAt) implements InvoiceEvent {
}
