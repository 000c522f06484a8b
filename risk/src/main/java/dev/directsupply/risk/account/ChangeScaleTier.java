package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotNull;

/** The customer's purchase scale changed (DS-2.2.1): the limit table's cell for it follows (DS-6.2.1). */
public record ChangeScaleTier(@NotNull CustomerId customerId, @NotNull ScaleTier tier) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.FOLLOW_SCALE;
    }
}
