package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.InvoiceId;
import java.time.Instant;

/** What was still owed was written off as bad debt (DS-6.2.1); a payment default for the scorecard. */
public record BadDebtWrittenOff(InvoiceId invoiceId, CustomerId customerId, Money amount, String reason, ActorId by,
                                Instant occurredAt) implements InvoiceEvent {
}
