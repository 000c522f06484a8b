package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Ask whether an amount could be sold on credit now, reserving nothing (DS-4.1.2). */
public record CheckCredit(@NotNull CustomerId customerId,
                          @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.CHECK_CREDIT;
    }
}
