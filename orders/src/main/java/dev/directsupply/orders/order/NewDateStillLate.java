package dev.directsupply.orders.order;

import dev.directsupply.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** The new date agreed for a delay is still before the goods can arrive. */
public final class NewDateStillLate extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final OrderId order;
    private final LocalDate newDate;
    private final LocalDate projected;

    public NewDateStillLate(OrderId order, LocalDate newDate, LocalDate projected) {
        super("DS-4.1.4", "new-date-still-late", "orders.error.new-date-still-late",
            Map.of("order", order, "newDate", newDate, "projected", projected));
        this.order = order;
        this.newDate = newDate;
        this.projected = projected;
    }

    public OrderId order() {
        return order;
    }

    public LocalDate newDate() {
        return newDate;
    }

    public LocalDate projected() {
        return projected;
    }
}
