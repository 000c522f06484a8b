package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/**
 * A person's signed confidentiality agreement (DS-7.2.3): in force from the day it was signed until
 * the day it expires (when it has an end) or the day it was revoked, both excluded.
 *
 * @param person    who signed it, by the id the host's identity system gives them
 * @param reference the agreement's number in the host's records
 * @param expiresOn the first day it no longer holds, or null when it has no end
 * @param revokedOn the first day it no longer holds because it was revoked, or null
 */
public record ConfidentialityAgreement(ActorId person, String reference, LocalDate signedOn, LocalDate expiresOn,
                                       LocalDate revokedOn, String revocationReason) {

    public ConfidentialityAgreement {
        Require.nonNull(person, "person", reference, "reference", signedOn, "signedOn");
    }

    static ConfidentialityAgreement signed(ActorId person, String reference, LocalDate signedOn, LocalDate expiresOn) {
        return new ConfidentialityAgreement(person, reference, signedOn, expiresOn, null, null);
    }

    /** Whether it holds on the day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(signedOn) && (expiresOn == null || day.isBefore(expiresOn))
            && (revokedOn == null || day.isBefore(revokedOn));
    }

    ConfidentialityAgreement revoked(LocalDate on, String reason) {
        return new ConfidentialityAgreement(person, reference, signedOn, expiresOn, on, reason);
    }
}
