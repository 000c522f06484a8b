package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.risk.account.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;

/** Nothing is owed on the invoice any more; {@code daysLate} after its due date. */
public record InvoiceSettled(InvoiceId invoiceId, CustomerId customerId, LocalDate settledOn, long daysLate,
                             Instant occurredAt) implements InvoiceEvent {
}
