package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Record the agreement an existing customer already buys under, when the host migrates it (the companion
 * of {@code customers().importExisting}): management only, with a reason, audited. The customer is
 * active; a prospect gets its agreement through admission.
 */
public record RecordExistingAgreement(@NotNull CustomerId customerId, @Valid @NotNull AgreementDetails agreement,
                                      @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CooperationPermissions.RECORD_EXISTING;
    }
}
