package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Release a held order against the check, as an authorised finance actor, with the reason (DS-4.1.2). */
public record OverrideCreditHold(@NotNull CustomerId customerId, @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String order, @NotBlank @Size(max = 500) String reason) {
}
