package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Open the agreement an admission ended with (DS-3.4 step 6). The admission module sends it in the signing
 * step's write, and nobody else may ({@link CooperationPermissions#OPEN}).
 *
 * @param application the admission application it ends
 */
public record OpenAgreement(@NotNull CustomerId customerId, @NotBlank @Size(max = 64) String application,
                            @Valid @NotNull AgreementDetails agreement) implements Command {

    @Override
    public Permission permission() {
        return CooperationPermissions.OPEN;
    }
}
