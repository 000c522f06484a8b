package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * A date that comes before the step it follows: a milestone or shipment before release, a delivery
 * before the last shipment, an acceptance before the delivery.
 */
public final class DateOutOfOrder extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final String field;

    public DateOutOfOrder(OrderId order, String field, LocalDate date, LocalDate earliest) {
        super("DS-4.1.4", "date-out-of-order", "orders.error.date-out-of-order",
            Map.of("order", order, "field", field, "date", date, "earliest", earliest));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
