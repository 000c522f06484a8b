package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** An invoice was issued for an accepted delivery; it is due on {@code dueDate}. */
public record InvoiceIssued(InvoiceId invoiceId, CustomerId customerId, String orderReference, Money amount,
                            LocalDate issuedOn, LocalDate dueDate, Instant occurredAt) implements InvoiceEvent {
}
