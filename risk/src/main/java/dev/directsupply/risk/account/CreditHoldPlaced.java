package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.util.List;

/** An order failed the credit check and is held, with every reason. */
public record CreditHoldPlaced(CustomerId customerId, OrderReference order, Money orderAmount,
                               List<HoldReason> reasons, Instant occurredAt) implements CreditAccountEvent {
}
