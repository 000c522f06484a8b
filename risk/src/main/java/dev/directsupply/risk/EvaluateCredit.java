package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.risk.credit.CreditTrigger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Evaluate a customer's credit now (DS-3.4 step 3, DS-6.2.1); {@code trigger} is a {@link CreditTrigger} code. */
public record EvaluateCredit(@NotNull CustomerId customerId,
                             @NotBlank @OneOf(value = CreditTrigger.class, rule = "DS-6.2.1") String trigger) {
}
