package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Set a customer's strategic importance (DS-2.2.3); a reason is required. */
public record SetStrategicImportance(
    @NotNull CustomerId customerId,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String importance,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.SET_STRATEGIC_IMPORTANCE;
    }
}
