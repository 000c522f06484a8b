package dev.directsupply.delivery.shipment.internal;

import dev.directsupply.delivery.shipment.OrderAllocation;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/** Orders' allocations to their shipments as stored documents, one per order. */
public final class AllocationDocuments {
    public static final JsonDocuments<OrderAllocation> ALLOCATIONS = JsonDocuments.of(OrderAllocation.class, 1,
        OrderAllocation::order, allocation -> Map.of());

    private AllocationDocuments() {
    }
}
