package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Put a customer on credit stop, or lift one that a person put on. */
public record SetCreditStop(@NotNull CustomerId customerId, boolean stopped, @NotBlank @Size(max = 500) String reason) {
}
