package dev.directsupply.orders.order;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of a submitted order: product, specification, quantity in a unit, unit price (DS-4.1.1). */
public record SubmittedLine(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String product,
                            @Size(max = 100) String specification,
                            @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                            @NotBlank @Size(max = 16) String unit,
                            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal unitPrice) {
}
