package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.risk.credit.CreditTrigger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Evaluate a customer's credit now (DS-3.4 step 3, DS-6.2.1); {@code trigger} is a {@link CreditTrigger} code. */
public record EvaluateCredit(@NotNull CustomerId customerId,
                             @NotBlank @OneOf(value = CreditTrigger.class, rule = "DS-6.2.1") String trigger) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.EVALUATE_CREDIT;
    }
}
