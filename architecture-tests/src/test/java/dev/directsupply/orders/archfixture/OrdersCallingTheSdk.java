package dev.directsupply.orders.archfixture;

import dev.directsupply.sdk.DirectSupply;

/** Breaks the star: a domain module reaches the entry point that wires it. */
public final class OrdersCallingTheSdk {
    public Object customers(DirectSupply sdk) {
        return sdk.customers();
    }
}
