package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts a person's signed confidentiality agreement on record (DS-7.2.3); a new one replaces the last.
 *
 * @param expiresOn the first day it no longer holds, or null when it has no end
 */
public record RecordConfidentialityAgreement(@NotNull @IdentifierShape String person,
                                             @NotBlank @Size(max = 64) String reference,
                                             @NotNull LocalDate signedOn, LocalDate expiresOn) implements Command {

    @Override
    public Permission permission() {
        return AgreementPermissions.MANAGE_AGREEMENTS;
    }

    /** An agreement ends after it was signed. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (signedOn != null && expiresOn != null && !expiresOn.isAfter(signedOn)) {
            return List.of(Violation.of("expiresOn", "kernel.agreement.expires-after-signing", "DS-7.2.3",
                java.util.Map.of("signedOn", signedOn, "expiresOn", expiresOn)));
        }
        return List.of();
    }
}
