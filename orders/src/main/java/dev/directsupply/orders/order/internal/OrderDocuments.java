package dev.directsupply.orders.order.internal;

import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.orders.order.FeedEntry;
import dev.directsupply.orders.order.Order;
import java.util.Map;

/**
 * How orders are stored: the order's records as JSON (layout 2, the order of parts; layout 1 was the
 * flat snapshot with its status history and feed inside), found by customer, status and whether still
 * open; and each exchange of an order's feed as a document of its own, found by its order.
 */
public final class OrderDocuments {
    /** Orders, found by customer, status and openness. */
    public static final JsonDocuments<Order> ORDERS = JsonDocuments.of(Order.class, 2, order -> order.id().value(),
        order -> Map.of("customerId", order.customerId().value(), "status", order.status().name(),
            "open", Boolean.toString(order.isOpen())));

    /** The exchanges of orders' feeds, found by order. */
    public static final JsonDocuments<FeedEntry> FEED = JsonDocuments.of(FeedEntry.class, 1, FeedEntry::id,
        entry -> Map.of("order", entry.order().value()));

    private OrderDocuments() {
    }
}
