package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** Where a customer's cooperation stands; see {@link CustomerLifecycle} for the moves between. */
public enum CustomerStatus implements Messages.Localized {
    /** Cooperating: orders are taken. */
    ACTIVE,
    /** Cooperation paused, e.g. during a dispute or a credit stop; may be reinstated. */
    SUSPENDED,
    /** Cooperation ended; the record is kept (DS-7.1.1 cooperation history). */
    TERMINATED,
    /**
     * Registered, not yet admitted: no orders are taken until the admission workflow ends with a signed
     * cooperation agreement (DS-3.4), or a host imports an existing customer on its migration path.
     */
    PROSPECT;


    @Override
    public String labelKey() {
        return "customer.status." + name();
    }
}
