package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Add a purchase to a customer's ledger (DS-7.1.1, DS-2.2.1). The reference (order or invoice
 * number) makes it idempotent; the currency, when given, must be the policy's (CNY by default).
 */
public record RecordPurchase(
    @NotNull CustomerId customerId,
    @NotBlank @Size(max = 64) String reference,
    @NotNull @PastOrPresent LocalDate purchasedOn,
    @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
    @Size(min = 3, max = 3) String currency) implements Command {
    @Override
    public Permission permission() {
        return CustomerPermissions.RECORD_PURCHASE;
    }
}
