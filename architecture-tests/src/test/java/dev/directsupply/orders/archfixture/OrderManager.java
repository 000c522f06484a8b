package dev.directsupply.orders.archfixture;

/** A name from the technical vocabulary rather than the policy's. */
public final class OrderManager {
}
