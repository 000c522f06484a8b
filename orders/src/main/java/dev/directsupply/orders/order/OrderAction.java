package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** What can happen to an order; {@link OrderLifecycle} says where each leads. */
public enum OrderAction implements Messages.Localized {
    START_REVIEW,
    ASK_CLARIFICATION,
    CLARIFY,
    APPROVE,
    ASK_PREPAYMENT,
    HOLD_CREDIT,
    CLEAR_CREDIT,
    RECEIVE_PREPAYMENT,
    REJECT,
    AMEND,
    RELEASE,
    START_PRODUCTION,
    GET_READY,
    SHIP_PART,
    SHIP,
    DELIVER,
    ACCEPT,
    CLOSE,
    CANCEL;

    @Override
    public String labelKey() {
        return "orders.action." + name();
    }
}
