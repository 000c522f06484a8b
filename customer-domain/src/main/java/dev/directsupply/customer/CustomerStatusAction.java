package dev.directsupply.customer;

/** The moves of a customer's status. */
public enum CustomerStatusAction {
    SUSPEND,
    REINSTATE,
    TERMINATE
}
