package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** Who signed for one side, and on which day. */
public record Signature(String signatory, LocalDate signedOn) {
    public Signature {
        Require.nonNull(signatory, "signatory", signedOn, "signedOn");
    }
}
