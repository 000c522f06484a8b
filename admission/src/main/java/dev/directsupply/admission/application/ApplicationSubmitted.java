package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import java.time.Instant;

/** A prospect applied for admission (DS-3.4 step 1). */
public record ApplicationSubmitted(ApplicationId applicationId, CustomerId customerId,
                                   StrategicImportance expectedImportance, Instant occurredAt)
    implements ApplicationEvent {
}
