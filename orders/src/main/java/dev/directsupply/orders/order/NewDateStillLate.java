package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** The new date agreed for a delay is still before the goods can arrive. */
public final class NewDateStillLate extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NewDateStillLate(OrderId order, LocalDate newDate, LocalDate projected) {
        super("DS-4.1.4", "new-date-still-late", "orders.error.new-date-still-late",
            Map.of("order", order, "newDate", newDate, "projected", projected));
    }
}
