package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;

/**
 * One move of an order's status, as its {@link OrderMoved} event publishes it: from where to where, by
 * which action, who moved it and why.
 *
 * @param from null for the order's first status
 */
public record StatusChange(OrderStatus from, OrderStatus to, OrderAction action, ActorId by, String note) {
    public StatusChange {
        Require.nonNull(to, "to", action, "action", by, "by");
        note = note == null ? "" : note;
    }
}
