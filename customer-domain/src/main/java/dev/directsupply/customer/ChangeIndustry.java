package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move a customer to another industry class (DS-2.2.2); a reason is required. */
@SubIndustryOfIndustry
public record ChangeIndustry(
    @NotNull CustomerId customerId,
    @NotBlank @OneOf(value = Industry.class, rule = "DS-2.2.2") String industry,
    @OneOf(value = SubIndustry.class, rule = "DS-2.2.2") String subIndustry,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements IndustryCodes, Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.CHANGE_INDUSTRY;
    }
}
