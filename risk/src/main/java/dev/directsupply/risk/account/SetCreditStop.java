package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Put a customer on credit stop, or lift one that a person put on. */
public record SetCreditStop(@NotNull CustomerId customerId, boolean stopped,
                            @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.MANAGE_CREDIT_TERMS;
    }
}
