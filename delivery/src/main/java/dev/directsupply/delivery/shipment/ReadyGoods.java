package dev.directsupply.delivery.shipment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The port that says how much of each line of an order is ready to leave, in all — shipped already or not
 * (DS-4.2). Planning never puts more of a line into the order's shipments, cancelled ones aside, than is ready.
 * Empty for an order the port does not know (a host's own): then the host answers for it. The SDK connects it
 * to the orders module.
 */
@FunctionalInterface
public interface ReadyGoods {
    /** Each order line's quantity ready in all, by line number; empty when the order is not known here. */
    Optional<Map<Integer, BigDecimal>> readyOf(String order);
}
