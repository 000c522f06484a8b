package dev.directsupply.customer;

import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Take in a customer the company already cooperates with, when a host migrates its records: the
 * customer is registered and active at once, past the admission workflow (DS-3.4), which is why this
 * path has a permission of its own ({@link CustomerPermissions#IMPORT_EXISTING}, management's by
 * default) and a reason that goes into the customer's status history and the audit trail. The declared
 * annual purchase counts as confirmed.
 *
 * @param customer   the customer, as it would be registered
 * @param owner      who looks after it (DS-7.2.2), the person's id in the host's identity system
 * @param department that person's department
 * @param importance its strategic importance (DS-2.2.3)
 * @param reason     why it is imported rather than admitted, e.g. the migration it belongs to
 */
public record ImportCustomer(
    @Valid @NotNull RegisterCustomer customer,
    @NotNull @IdentifierShape String owner,
    @NotBlank @OneOf(Department.class) String department,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String importance,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CustomerPermissions.IMPORT_EXISTING;
    }
}
