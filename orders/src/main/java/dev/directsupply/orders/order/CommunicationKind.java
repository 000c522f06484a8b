package dev.directsupply.orders.order;

import dev.directsupply.kernel.Messages;

/** What a recorded exchange with the customer was about (DS-4.1.2, DS-4.1.4, DS-6.2.2). */
public enum CommunicationKind implements Messages.Localized {
    CLARIFICATION_REQUEST,
    CLARIFICATION_ANSWER,
    AMENDMENT,
    CANCELLATION,
    DELAY_SOLUTION,
    /** The customer told of a delay ahead of its solution (DS-4.1.4). */
    DELAY_NOTICE,
    FEEDBACK;

    @Override
    public String labelKey() {
        return "orders.communication." + name();
    }
}
