package dev.directsupply.customer;

/** Which purchase figure a scale assessment rests on. */
public enum ScaleBasis {
    /** The purchases recorded in the trailing window (12 months by default). */
    RECORDED_PURCHASES,
    /**
     * The annual purchase the customer declared at registration: used during the new-customer
     * period while it is higher than what has been recorded so far.
     */
    DECLARED_EXPECTATION
}
