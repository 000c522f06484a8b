package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Suspend, reinstate or terminate cooperation; {@code action} is a {@link CustomerStatusAction} code. */
public record ChangeCustomerStatus(
    @NotNull CustomerId customerId,
    @NotBlank @OneOf(CustomerStatusAction.class) String action,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.CHANGE_STATUS;
    }
}
