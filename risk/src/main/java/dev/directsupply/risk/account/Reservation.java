package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

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
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(prepaymentRatio, "prepaymentRatio");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
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
