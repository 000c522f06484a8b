package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** What can happen to an order; {@link OrderLifecycle} says where each leads. */
public enum OrderAction implements Messages.Localized {
    START_REVIEW,
    /** Record a review of the current revision (the status follows from what it found). */
    REVIEW,
    ASK_CLARIFICATION,
    CLARIFY,
    APPROVE,
    ASK_PREPAYMENT,
    HOLD_CREDIT,
    CLEAR_CREDIT,
    /** Ask the credit check again for a held order; the order stays held until it passes. */
    RECHECK_CREDIT,
    RECEIVE_PREPAYMENT,
    REJECT,
    AMEND,
    RELEASE,
    START_PRODUCTION,
    GET_READY,
    /** Record a line's production milestone. */
    RECORD_PROGRESS,
    /** Look ahead for a promised date at risk. */
    WATCH_DELAYS,
    /** Record the solution agreed with the customer for a delay. */
    AGREE_DELAY_SOLUTION,
    SHIP_PART,
    SHIP,
    DELIVER,
    ACCEPT,
    CLOSE,
    CANCEL,
    /** Record what the customer was told. */
    INFORM,
    /** Owe the customer regular news of the order (DS-4.1.4): a state with this row is followed up. */
    FOLLOW_UP;

    @Override
    public String labelKey() {
        return "orders.action." + name();
    }
}
