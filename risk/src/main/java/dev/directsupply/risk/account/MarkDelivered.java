package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An order was delivered: its reservation now counts as delivered-but-uninvoiced exposure. */
public record MarkDelivered(@NotNull CustomerId customerId, @NotNull OrderReference order) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.RELEASE_CREDIT;
    }
}
