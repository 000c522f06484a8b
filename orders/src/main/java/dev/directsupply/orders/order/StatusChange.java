package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an order's history: from, to, by which action, who, when, and why. The first step, the
 * receipt, has neither a state before it nor an action.
 */
public record StatusChange(OrderStatus from, OrderStatus to, OrderAction action, ActorId by, Instant at, String note) {
    public StatusChange {
        Objects.requireNonNull(to, "to");
        if (from != null) {
            Objects.requireNonNull(action, "action");
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }
}
