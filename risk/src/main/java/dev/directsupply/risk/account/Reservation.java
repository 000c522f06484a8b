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

    Reservation delivered() {
        return new Reservation(order, orderAmount, amount, prepaymentRatio, ReservationState.DELIVERED, at, override);
    }
}
