package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** The solutions a delay can be settled with, agreed with the customer (DS-4.1.4, DS-6.2.2). */
public enum DelaySolutionKind implements Messages.Localized {
    /** A new delivery date. */
    NEW_DATE,
    /** What is ready goes now; the rest by a new date. */
    PARTIAL_DELIVERY,
    /** Another product or specification instead, as described. */
    SUBSTITUTION,
    /** The order is cancelled. */
    CANCELLATION;

    @Override
    public String labelKey() {
        return "orders.delay-solution." + name();
    }
}
