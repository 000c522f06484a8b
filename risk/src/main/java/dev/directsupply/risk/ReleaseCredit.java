package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An order was cancelled: its reservation or hold ends and held orders are re-checked. */
public record ReleaseCredit(@NotNull CustomerId customerId, @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String order, @NotBlank @Size(max = 500) String reason) {
}
