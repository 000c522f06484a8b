package dev.directsupply.orders.order;

import java.util.Objects;

/**
 * What the credit check knows an order by: the order at one revision — each revision is checked on its
 * own (DS-4.1.2). Typed, so that whoever connects the check finds the order without taking a text apart.
 */
public record CreditReference(OrderId order, int revision) {
    public CreditReference {
        Objects.requireNonNull(order, "order");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
    }
}
