package dev.directsupply.customer;

import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link Customer}. */
public sealed interface CustomerEvent extends DomainEvent
    permits CustomerRegistered, PurchaseRecorded, CustomerReclassified, ContactDetailsUpdated, CustomerStatusChanged {

    CustomerId customerId();
}
