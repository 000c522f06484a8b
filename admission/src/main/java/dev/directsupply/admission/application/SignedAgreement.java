package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * DS-3.4 step 6: the cooperation agreement signed by both sides.
 *
 * @param reference the agreement's reference, as the company files it
 */
public record SignedAgreement(String reference, LocalDate signedOn, String companySignatory,
                              String customerSignatory, ActorId recordedBy, Instant at) {
    public SignedAgreement {
        Require.nonNull(reference, "reference", signedOn, "signedOn", companySignatory, "companySignatory",
            customerSignatory, "customerSignatory", recordedBy, "recordedBy", at, "at");
    }
}
