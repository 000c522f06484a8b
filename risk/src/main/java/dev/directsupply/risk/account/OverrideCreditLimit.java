package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Set a customer's credit limit in place of the table's until {@code expiresOn} (DS-6.2.1). */
public record OverrideCreditLimit(@NotNull CustomerId customerId,
                                  @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal amount,
                                  @MultiLine @NotBlank @Size(max = 500) String reason,
                                  @NotNull @FutureOrPresent LocalDate expiresOn) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.OVERRIDE_LIMIT;
    }
}
