package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** What an address is used for. */
public enum AddressKind implements Messages.Localized {
    /** The registered office on the business licence. */
    REGISTERED,
    /** Where goods are delivered (DS-4.1.1 delivery place). */
    DELIVERY,
    /** Where invoices go. */
    BILLING;

    @Override
    public String labelKey() {
        return "customer.address-kind." + name();
    }
}
