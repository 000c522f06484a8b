package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The credit an approved order takes from the limit until it is invoiced or cancelled.
 *
 * @param amount          the credit part (the order amount less any prepayment)
 * @param prepaymentRatio the share the customer pays before delivery
 * @param override        whether an authorised person released it against the check
 */
public record Reservation(OrderReference order, Money orderAmount, Money amount, BigDecimal prepaymentRatio,
                          ReservationState state, Instant at, boolean override) {

    public Reservation {
        Require.nonNull(order, "order", orderAmount, "orderAmount", amount, "amount",
            prepaymentRatio, "prepaymentRatio", state, "state", at, "at");
    }

    /** The reservation of an order the check approved. */
    static Reservation approved(OrderReference order, Money orderAmount, CreditDecision decision, Instant at) {
        return new Reservation(order, orderAmount, decision.creditPart(), decision.prepaymentRatio(),
            ReservationState.APPROVED, at, false);
    }

    /** The reservation of a held order an authorised actor released against the check: all of it on credit. */
    static Reservation overridden(Hold held, Instant at) {
        return new Reservation(held.order(), held.orderAmount(), held.orderAmount(), BigDecimal.ZERO,
            ReservationState.APPROVED, at, true);
    }

    Reservation delivered() {
        return new Reservation(order, orderAmount, amount, prepaymentRatio, ReservationState.DELIVERED, at, override);
    }
}
