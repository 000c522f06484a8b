package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** DS-3.4 step 1: a registered prospect applies for admission with its form. */
public record ApplyForAdmission(@NotNull CustomerId customerId, @Valid @NotNull ApplicationDetails details)
    implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.APPLY;
    }
}
