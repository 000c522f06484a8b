package dev.directsupply.customer;

import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Assigns a customer to the person who looks after it, in their department (DS-7.2.2): the customer's
 * records are in that person's scope from then on, and no longer in the last owner's.
 *
 * @param owner      the person's id in the host's identity system
 * @param department the person's department
 */
public record AssignCustomer(@NotNull CustomerId customerId, @NotNull @IdentifierShape String owner,
                             @NotBlank @OneOf(Department.class) String department) implements Command {

    @Override
    public Permission permission() {
        return CustomerPermissions.ASSIGN;
    }
}
