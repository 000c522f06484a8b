package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Admit a prospect at the end of the admission workflow (DS-3.4 step 6): the SDK's admission module
 * sends it when a cooperation agreement is signed, and nobody else may ({@link CustomerPermissions#ADMIT}).
 *
 * @param application             the admission application that admitted it
 * @param confirmedAnnualPurchase the annual purchase the credit evaluation confirmed, in the policy currency
 * @param importance              the strategic importance management confirmed (DS-2.2.3)
 */
public record AdmitCustomer(
    @NotNull CustomerId customerId,
    @NotBlank @Size(max = 64) String application,
    @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal confirmedAnnualPurchase,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String importance,
    @MultiLine @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CustomerPermissions.ADMIT;
    }
}
