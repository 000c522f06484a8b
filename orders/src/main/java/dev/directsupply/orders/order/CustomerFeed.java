package dev.directsupply.orders.order;

import java.time.Instant;
import java.util.Objects;

/**
 * How the order stands with the customer's news (DS-4.1.4): how many exchanges it has had — each kept
 * as a record of its own, not in the order — and when the customer was last told something.
 */
public record CustomerFeed(int exchanges, Instant lastTold) {
    public CustomerFeed {
        Objects.requireNonNull(lastTold, "lastTold");
        if (exchanges < 0) {
            throw new IllegalArgumentException("exchanges are counted from 0");
        }
    }

    /** The feed after one more exchange. */
    CustomerFeed after(Communication communication) {
        return new CustomerFeed(exchanges + 1, communication.toCustomer() && communication.at().isAfter(lastTold)
            ? communication.at() : lastTold);
    }
}
