package dev.directsupply.risk.account;

/** Where a reserved order is on its way to an invoice. */
public enum ReservationState {
    /** Approved, not yet delivered: counts as approved-but-uninvoiced exposure. */
    APPROVED,
    /** Delivered, not yet invoiced: counts as delivered-but-uninvoiced exposure. */
    DELIVERED
}
