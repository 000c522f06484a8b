package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** Terms and validity as both sides signed them, before the agreement numbers them as a version. */
public record SignedVersion(AgreementTerms terms, Validity validity, Signatures signatures) {
    public SignedVersion {
        Require.nonNull(terms, "terms", validity, "validity", signatures, "signatures");
    }

    AgreementVersion asVersion(int number, String note, Actor actor, Instant at) {
        return new AgreementVersion(number, terms, validity, signatures, note, actor.id(), at);
    }
}
