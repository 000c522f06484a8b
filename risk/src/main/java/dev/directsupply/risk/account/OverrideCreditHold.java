package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Release a held order against the check, as an authorised finance actor, with the reason (DS-4.1.2). */
public record OverrideCreditHold(@NotNull CustomerId customerId, @NotNull OrderReference order,
                                 @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.OVERRIDE_HOLD;
    }
}
