package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;

/** What happens to an admission {@link Application}. */
public sealed interface ApplicationEvent extends DomainEvent permits ApplicationSubmitted, ApplicationMoved {
    ApplicationId applicationId();

    CustomerId customerId();
}
