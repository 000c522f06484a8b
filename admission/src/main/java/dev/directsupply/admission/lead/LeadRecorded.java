package dev.directsupply.admission.lead;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import java.time.Instant;

/** A lead was recorded (DS-3.1.2), with its channel, the referring customer of a referral, and its owner. */
public record LeadRecorded(LeadId leadId, LeadChannel channel, CustomerId referredBy, ActorId owner, String region,
                           String industry, Instant occurredAt) implements LeadEvent {
}
