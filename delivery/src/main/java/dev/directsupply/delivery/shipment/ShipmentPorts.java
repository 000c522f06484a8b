package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;

/** What the shipment desk asks outside the module: which customers are flagged for priority, what is ready. */
public record ShipmentPorts(PriorityCustomers priority, ReadyGoods ready) {
    public ShipmentPorts {
        Require.nonNull(priority, "priority", ready, "ready");
    }
}
