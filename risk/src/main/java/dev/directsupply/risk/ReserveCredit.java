package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * Check an order and reserve its credit, or hold it (DS-4.1.2). The same order is decided once:
 * asking again returns the standing decision, so a copied or reopened order cannot slip past.
 */
public record ReserveCredit(@NotNull CustomerId customerId, @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String order,
                            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) {
}
