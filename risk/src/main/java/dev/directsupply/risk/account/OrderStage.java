package dev.directsupply.risk.account;

/**
 * Where an order revision that holds credit stands, as far as its credit is concerned (DS-4.1.2,
 * DS-6.2.2): whether its reservation may be given back or counted as delivered.
 */
public enum OrderStage {
    /** Still on its way to the customer: its reservation guards the limit and stays. */
    LIVE,
    /** Cancelled, rejected, or amended to a newer revision: it will never use its reservation. */
    ENDED,
    /** Delivered (or accepted or closed): its reservation is delivered-but-uninvoiced exposure. */
    DELIVERED,
    /** Not an order the SDK keeps: the host checks credit for it itself and says when it ends. */
    UNKNOWN;

    /** Whether the reservation of an order at this stage may be released. */
    public boolean mayRelease() {
        return this != LIVE;
    }

    /** Whether the reservation of an order at this stage may be marked delivered. */
    public boolean mayMarkDelivered() {
        return this == DELIVERED || this == UNKNOWN;
    }
}
