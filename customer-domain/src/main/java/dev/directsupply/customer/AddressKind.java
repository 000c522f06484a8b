package dev.directsupply.customer;

/** What an address is used for. */
public enum AddressKind {
    /** The registered office on the business licence. */
    REGISTERED,
    /** Where goods are delivered (DS-4.1.1 delivery place). */
    DELIVERY,
    /** Where invoices go. */
    BILLING
}
