package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Record a renewal both sides signed: the same terms from the day after the agreement ends, until {@code until}. */
public record RenewAgreement(@NotNull AgreementId agreementId, @NotNull LocalDate until,
                             @Valid @NotNull SignaturesDetails signatures) implements Command {

    @Override
    public Permission permission() {
        return CooperationPermissions.AMEND;
    }
}
