package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * Check an order and reserve its credit, or hold it (DS-4.1.2). The same order is decided once:
 * asking again returns the standing decision, so a copied or reopened order cannot slip past.
 */
public record ReserveCredit(@NotNull CustomerId customerId, @NotNull OrderReference order,
                            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.CHECK_CREDIT;
    }
}
