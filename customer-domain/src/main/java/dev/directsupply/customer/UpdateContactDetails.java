package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Replace a customer's contacts and addresses. */
public record UpdateContactDetails(
    @NotNull CustomerId customerId,
    @NotNull @Size(max = 20) List<@Valid @NotNull ContactDetails> contacts,
    @NotNull @Size(max = 20) List<@Valid @NotNull AddressDetails> addresses) implements Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.UPDATE_CONTACT_DETAILS;
    }
}
