package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link CooperationAgreement}. */
public sealed interface AgreementEvent extends DomainEvent permits AgreementSigned, AgreementAmended {
    AgreementId agreementId();

    CustomerId customerId();
}
