package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.NotNull;

/** A second authorised person approves the customer's proposed limit override (DS-6.2.1). */
public record ApproveLimitOverride(@NotNull CustomerId customerId) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.OVERRIDE_LIMIT;
    }
}
