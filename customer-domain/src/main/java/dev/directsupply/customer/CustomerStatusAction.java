package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The moves of a customer's status. */
public enum CustomerStatusAction implements Messages.Localized {
    SUSPEND,
    REINSTATE,
    TERMINATE,
    /** The admission workflow ended with a signed cooperation agreement (DS-3.4 step 6). */
    ADMIT,
    /** An existing customer a host imports, on the audited migration path, with its reason. */
    IMPORT;


    /** Whether {@link ChangeCustomerStatus} may take it: admitting and importing have paths of their own. */
    public boolean byStatusChange() {
        return this != ADMIT && this != IMPORT;
    }

    @Override
    public String labelKey() {
        return "customer.status-action." + name();
    }
}
