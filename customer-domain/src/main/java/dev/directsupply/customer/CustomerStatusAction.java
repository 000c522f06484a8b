package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The moves of a customer's status. */
public enum CustomerStatusAction implements Messages.Localized {
    SUSPEND,
    REINSTATE,
    TERMINATE;

    @Override
    public String labelKey() {
        return "customer.status-action." + name();
    }
}
