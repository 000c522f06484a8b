package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.ReadyGoods;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.InvalidValue;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderLine;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What of an order is ready to leave, in all, as the orders module knows it (DS-4.1.3, DS-4.2): each line's
 * goods from stock and made so far once the order is released, nothing before. A reference that is not one of
 * the orders module's is the host's, and unknown here.
 */
final class OrderReadyGoods implements ReadyGoods {
    private final OrderDesk orders;
    private final Actor system;

    OrderReadyGoods(OrderDesk orders, Actor system) {
        this.orders = orders;
        this.system = system;
    }

    @Override
    public Optional<Map<Integer, BigDecimal>> readyOf(String reference) {
        Order order;
        try {
            order = orders.get(system, OrderId.of(reference));
        } catch (NotFound | InvalidValue | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> ready = new TreeMap<>();
        if (!order.fulfilment().tracking().isEmpty()) {
            for (OrderLine line : order.lines()) {
                ready.put(line.number(), order.tracking(line.number()).readyQuantity());
            }
        }
        return Optional.of(ready);
    }
}
