package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An order the credit check held, with why; it waits to be re-checked or released by an override. */
public record Hold(OrderReference order, Money orderAmount, List<HoldReason> reasons, Instant at) {

    public Hold {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderAmount, "orderAmount");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(at, "at");
    }

    /** The same hold, in its place in the queue, for other reasons. */
    Hold because(List<HoldReason> newReasons) {
        return new Hold(order, orderAmount, newReasons, at);
    }
}
