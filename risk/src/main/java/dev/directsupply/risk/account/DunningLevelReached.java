package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** An overdue invoice reached a dunning level (DS-6.2.1 collection); its action is due. */
public record DunningLevelReached(CustomerId customerId, InvoiceId invoice, int level, DunningAction action,
                                  long daysPastDue, Instant occurredAt) implements CreditAccountEvent {
}
