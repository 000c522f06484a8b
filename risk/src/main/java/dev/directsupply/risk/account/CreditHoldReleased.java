package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A held order was released: the check passed again after the account changed, or an authorised
 * person overrode it ({@code override}, with who and why).
 */
public record CreditHoldReleased(CustomerId customerId, OrderReference order, Outcome outcome,
                                 BigDecimal prepaymentRatio, boolean override, ActorId by, String reason,
                                 Instant occurredAt) implements CreditAccountEvent {
}
