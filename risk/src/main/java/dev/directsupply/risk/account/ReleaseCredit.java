package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An order was cancelled: its reservation or hold ends and held orders are re-checked. */
public record ReleaseCredit(@NotNull CustomerId customerId, @NotNull OrderReference order,
                            @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.RELEASE_CREDIT;
    }
}
