package dev.directsupply.admission.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who signed for each side and when: the supplying company's signatory and the customer's. */
public record SignaturesDetails(@NotBlank @Size(max = 100) String supplierSignatory,
                                @NotNull @PastOrPresent LocalDate supplierSignedOn,
                                @NotBlank @Size(max = 100) String customerSignatory,
                                @NotNull @PastOrPresent LocalDate customerSignedOn) {

    /** The day the second side signed. */
    public LocalDate signedOn() {
        return toSignatures().signedOn();
    }

    Signatures toSignatures() {
        return new Signatures(new Signature(supplierSignatory.strip(), supplierSignedOn),
            new Signature(customerSignatory.strip(), customerSignedOn));
    }
}
