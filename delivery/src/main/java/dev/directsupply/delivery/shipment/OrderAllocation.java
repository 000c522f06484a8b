package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What of an order its shipments hold, cancelled ones aside, by order line (DS-4.2): the one document every
 * planning and cancelling of the order's shipments writes, so that two plans made at once for the same goods
 * cannot both stand — the second finds the first's share and is refused.
 *
 * @param order   the order's reference, also the document's id
 * @param planned the quantity of each order line in the order's shipments still standing
 */
public record OrderAllocation(String order, Map<Integer, BigDecimal> planned) {
    public OrderAllocation {
        Require.nonNull(order, "order", planned, "planned");
        planned = Map.copyOf(planned);
    }

    static OrderAllocation none(String order) {
        return new OrderAllocation(order, Map.of());
    }

    public BigDecimal planned(int orderLine) {
        return planned.getOrDefault(orderLine, BigDecimal.ZERO);
    }

    /** The allocation with a shipment's lines added (or, with {@code sign} −1, taken back). */
    OrderAllocation with(Consignment consignment, int sign) {
        Map<Integer, BigDecimal> next = new TreeMap<>(planned);
        for (ShipmentLine line : consignment.lines()) {
            next.merge(line.orderLine(), line.quantity().multiply(BigDecimal.valueOf(sign)), BigDecimal::add);
        }
        next.values().removeIf(quantity -> quantity.signum() == 0);
        return new OrderAllocation(order, next);
    }
}
