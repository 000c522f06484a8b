package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Record an amendment both sides signed: the agreement's terms and validity from {@code validity.from},
 * which is not before today nor before the latest version starts.
 */
public record AmendAgreement(@NotNull AgreementId agreementId, @Valid @NotNull TermsDetails terms,
                             @Valid @NotNull ValidityDetails validity, @Valid @NotNull SignaturesDetails signatures,
                             @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CooperationPermissions.AMEND;
    }
}
