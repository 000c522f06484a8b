package dev.directsupply.admission.lead;

import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** A qualified lead became a registered prospect with an admission application (DS-3.4 step 1). */
public record LeadConverted(LeadId leadId, CustomerId customerId, ApplicationId applicationId, Instant occurredAt)
    implements LeadEvent {
}
