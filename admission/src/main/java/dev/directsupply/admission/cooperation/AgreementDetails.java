package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.validation.IdentifierShape;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;

/** A signed cooperation agreement: the reference it is filed under, its terms, validity and signatures. */
public record AgreementDetails(@NotBlank @IdentifierShape String reference,
                               @Valid @NotNull TermsDetails terms,
                               @Valid @NotNull ValidityDetails validity,
                               @Valid @NotNull SignaturesDetails signatures) {

    /** The agreement's id: its reference. */
    public AgreementId id() {
        return AgreementId.of(reference.strip());
    }

    SignedVersion toVersion(Currency currency, int defaultNoticeDays) {
        return new SignedVersion(terms.toTerms(currency), validity.toValidity(defaultNoticeDays),
            signatures.toSignatures());
    }
}
