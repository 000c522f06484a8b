package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A new version of the agreement was signed by both sides: an amendment or a renewal. It takes over from
 * {@code validFrom}; what was in force before that day does not change.
 *
 * @param validUntil null when open-ended
 */
public record AgreementAmended(AgreementId agreementId, CustomerId customerId, VersionKind kind, int version,
                               LocalDate validFrom, LocalDate validUntil, String reason,
                               Instant occurredAt) implements AgreementEvent {
}
