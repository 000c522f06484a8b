package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An order was delivered: its reservation now counts as delivered-but-uninvoiced exposure. */
public record MarkDelivered(@NotNull CustomerId customerId, @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String order) {
}
