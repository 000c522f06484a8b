package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** Which purchase figure a scale assessment rests on. */
public enum ScaleBasis implements Messages.Localized {
    /** The purchases recorded in the trailing window (12 months by default). */
    RECORDED_PURCHASES,
    /**
     * The annual purchase the customer declared at registration: used during the new-customer
     * period while it is higher than what has been recorded so far.
     */
    DECLARED_EXPECTATION;

    @Override
    public String labelKey() {
        return "customer.scale.basis." + name();
    }
}
