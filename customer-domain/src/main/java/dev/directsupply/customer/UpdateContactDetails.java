package dev.directsupply.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Replace a customer's contacts and addresses. */
public record UpdateContactDetails(
    @NotNull CustomerId customerId,
    @NotNull @Size(max = 20) List<@Valid @NotNull ContactDetails> contacts,
    @NotNull @Size(max = 20) List<@Valid @NotNull AddressDetails> addresses) {
}
