package dev.directsupply.orders.internal;

import dev.directsupply.kernel.codec.SnapshotDocuments;
import dev.directsupply.kernel.store.DocumentCodec;
import dev.directsupply.orders.internal.OrderSnapshots.OrderSnapshot;
import dev.directsupply.orders.order.Order;
import java.util.Map;

/** How orders are stored, and what they are looked up by: customer, status, and whether still open. */
public final class OrderDocuments {
    private static final OrderSnapshotMapper MAPPER = OrderSnapshotMapper.INSTANCE;

    /** Orders, found by customer, status and openness. */
    public static final DocumentCodec<Order> ORDERS = new SnapshotDocuments<>(OrderSnapshot.class,
        OrderSnapshots.SCHEMA_VERSION, order -> order.id().value(), MAPPER::snapshot, MAPPER::order,
        OrderSnapshot::schemaVersion, order -> Map.of("customerId", order.customerId().value(),
            "status", order.status().name(), "open", Boolean.toString(order.status().isOpen())));

    private OrderDocuments() {
    }
}
