package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;

/**
 * A new version of the agreement was signed by both sides: an amendment or a renewal. It takes over from
 * the first day of its validity; what was in force before that day does not change.
 */
public record AgreementAmended(AgreementId agreementId, CustomerId customerId, VersionKind kind, int version,
                               Validity validity, String reason, Instant occurredAt) implements AgreementEvent {
}
