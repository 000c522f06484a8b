package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.YearMonth;

/** A purchase was added to the customer's ledger (DS-7.1.1 purchase records). */
public record PurchaseRecorded(CustomerId customerId, String reference, YearMonth month, Money amount,
                               Money annualPurchase, Instant occurredAt) implements CustomerEvent {
}
