package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * One signed version of the agreement: the first, an amendment or a renewal. A version is in force from
 * its validity's start until the next version starts or its validity ends.
 *
 * @param number the first is 1, each amendment or renewal the next
 * @param note   why it was made: the admission that opened it, an amendment's reason, a renewal
 */
public record AgreementVersion(int number, AgreementTerms terms, Validity validity, Signatures signatures, String note,
                               ActorId recordedBy, Instant at) {
    public AgreementVersion {
        Require.nonNull(terms, "terms", validity, "validity", signatures, "signatures", note, "note",
            recordedBy, "recordedBy", at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1, not " + number);
        }
    }
}
