package dev.directsupply.orders.archfixture;

import dev.directsupply.customer.internal.CustomerDocuments;

/** Breaks encapsulation: uses another module's internal package. */
public final class PeekingIntoCustomerInternals {
    public Object codec() {
        return CustomerDocuments.CODEC;
    }
}
