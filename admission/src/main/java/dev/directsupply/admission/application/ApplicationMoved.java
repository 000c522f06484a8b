package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/** An application moved a step in the admission workflow (DS-3.4). */
public record ApplicationMoved(ApplicationId applicationId, CustomerId customerId, ApplicationStatus from,
                               ApplicationStatus to, ApplicationAction action, String note, Instant occurredAt)
    implements ApplicationEvent {
}
