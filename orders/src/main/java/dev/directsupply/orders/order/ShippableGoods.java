package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What of an order may ship now, and what a shipment needs to know of it (DS-4.2): the customer, where and by
 * when the goods are to arrive, how urgent the order is, the least remaining shelf life agreed, and each line's
 * goods ready and not yet shipped. The delivery module plans shipments from it; orders does not know delivery.
 */
public record ShippableGoods(OrderId order, CustomerId customer, Delivery delivery, List<Line> lines) {
    public ShippableGoods {
        Require.nonNull(order, "order", customer, "customer", delivery, "delivery", lines, "lines");
        lines = List.copyOf(lines);
    }

    /**
     * Where and by when: the agreed place and its transport days, the promised day, the urgency, and the least
     * remaining shelf life the agreement asks for (DS-4.2.2).
     */
    public record Delivery(String place, int transportDays, LocalDate promisedOn, Urgency urgency,
                           int minimumRemainingShelfLifeDays) {
        public Delivery {
            Require.nonNull(place, "place", promisedOn, "promisedOn", urgency, "urgency");
        }
    }

    /** A line's goods: the product, its name and specification, the unit, and how many are ready to leave. */
    public record Line(int line, ProductCode product, String name, String specification, String unit,
                       BigDecimal ready) {
        public Line {
            Require.nonNull(product, "product", name, "name", specification, "specification", unit, "unit");
            java.util.Objects.requireNonNull(ready, "ready");
        }
    }
}
