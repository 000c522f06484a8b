package dev.directsupply.admission.lead;

import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link Lead}. */
public sealed interface LeadEvent extends DomainEvent permits LeadRecorded, LeadMoved, LeadConverted {
    LeadId leadId();
}
