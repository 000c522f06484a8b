package dev.directsupply.orders.order;

import java.util.Objects;

/** One exchange of an order's feed, stored on its own so that the order does not grow with its feed. */
public record FeedEntry(OrderId order, int number, Communication communication) {
    public FeedEntry {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(communication, "communication");
    }

    /** The entry's document id: the order's, then its number. */
    public String id() {
        return order.value() + "." + number;
    }
}
