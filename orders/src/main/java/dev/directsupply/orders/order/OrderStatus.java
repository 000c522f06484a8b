package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/**
 * Where an order stands. Every state says what is happening and who acts next; there is no vague
 * "pending" (DS-4.1).
 */
public enum OrderStatus implements Messages.Localized {
    /** Received through a channel; nobody has reviewed it yet. */
    RECEIVED,
    /** Being reviewed, or to be reviewed again after an answer or an amendment. */
    UNDER_REVIEW,
    /** The review found problems; the customer was asked and the order waits for the answer. */
    AWAITING_CLARIFICATION,
    /** The credit check held it, with its reasons; it waits for the check to pass or an override. */
    ON_CREDIT_HOLD,
    /** Approved on condition of a prepayment, which has not arrived in full. */
    AWAITING_PREPAYMENT,
    /** Reviewed and approved: complete, within capacity and inventory, within credit. */
    APPROVED,
    /** Refused: the customer may not order (no agreement in force, not active) or it was declined. */
    REJECTED,
    /** Released to production with a plan per line (DS-4.1.3). */
    RELEASED,
    /** Production has started on at least one line. */
    IN_PRODUCTION,
    /** Every line is produced and packed, or taken from stock. */
    READY_TO_SHIP,
    /** Part has left; the rest follows. */
    PARTIALLY_SHIPPED,
    /** Everything has left. */
    SHIPPED,
    /** The customer has the goods. */
    DELIVERED,
    /** The customer accepted the goods; the order is billed. */
    ACCEPTED,
    /** Done. */
    CLOSED,
    /** Cancelled by agreement with the customer (DS-6.2.2). */
    CANCELLED;

    @Override
    public String labelKey() {
        return "orders.status." + name();
    }
}
