package dev.directsupply.kernel.agreement;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Revokes a person's confidentiality agreement from a day on (DS-7.2.3): they leave, or breached it. */
public record RevokeConfidentialityAgreement(@NotNull @IdentifierShape String person, @NotNull LocalDate revokedOn,
                                             @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return AgreementPermissions.MANAGE_AGREEMENTS;
    }
}
