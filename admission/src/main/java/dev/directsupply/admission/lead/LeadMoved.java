package dev.directsupply.admission.lead;

import java.time.Instant;

/** A lead was contacted, qualified or disqualified. */
public record LeadMoved(LeadId leadId, LeadStatus from, LeadStatus to, LeadAction action, String note,
                        Instant occurredAt) implements LeadEvent {
}
