package dev.directsupply.orders.archfixture;

/** Breaks the template: copies an aggregate by a positional constructor call of eleven arguments. */
public final class CopyingAWideOrder {
    public WideOrder approved(WideOrder order) {
        return new WideOrder(order.id(), order.customer(), order.channel(), order.reference(), order.agreement(),
            order.place(), order.urgency(), "APPROVED", order.review(), order.credit(), order.feed());
    }
}
