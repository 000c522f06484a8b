package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cooperation agreement was signed by both sides (DS-3.4 step 6) at the end of an admission, or an
 * existing customer's agreement was recorded; its first version runs from {@code validFrom}.
 *
 * @param validUntil null when open-ended
 */
public record AgreementSigned(AgreementId agreementId, CustomerId customerId, AgreementOrigin origin,
                              LocalDate validFrom, LocalDate validUntil, int paymentTermDays,
                              Instant occurredAt) implements AgreementEvent {
}
