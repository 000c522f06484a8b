package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** A credit stop was put on or lifted by one of its sources. */
public record CreditStopChanged(CustomerId customerId, StopSource source, boolean stopped, String reason,
                                Instant occurredAt) implements CreditAccountEvent {
}
