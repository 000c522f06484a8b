package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A held order was released: the check passed again after the account changed, or an authorised
 * person overrode it ({@code overriddenBy}, with why).
 */
public record CreditHoldReleased(CustomerId customerId, OrderReference order, Outcome outcome,
                                 BigDecimal prepaymentRatio, String reason, ActorId overriddenBy, Instant occurredAt)
    implements CreditAccountEvent {

    /** Whether an authorised actor released it against the check (DS-4.1.2), rather than the check passing. */
    public boolean isOverride() {
        return overriddenBy != null;
    }
}
