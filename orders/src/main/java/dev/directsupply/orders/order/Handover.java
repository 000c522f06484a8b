package dev.directsupply.orders.order;

import java.time.LocalDate;

/**
 * The goods reaching the customer (DS-4.2.4): when they were delivered and what was accepted.
 *
 * @param deliveredOn null until delivered
 * @param acceptance  null until accepted
 */
public record Handover(LocalDate deliveredOn, Acceptance acceptance) {
    /** Nothing delivered yet. */
    public static final Handover NONE = new Handover(null, null);
}
