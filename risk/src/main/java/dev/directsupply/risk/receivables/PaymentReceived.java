package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A payment came in against an invoice; {@code outstanding} is what is still owed. */
public record PaymentReceived(InvoiceId invoiceId, CustomerId customerId, String reference, Money amount,
                              LocalDate receivedOn, Money outstanding, Instant occurredAt) implements InvoiceEvent {
}
