package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Put a legal or regulatory violation on a customer's record; a re-grading follows (DS-6.2.1). */
public record RecordViolation(@NotNull CustomerId customerId, @NotNull @PastOrPresent LocalDate on,
                              @MultiLine @NotBlank @Size(max = 500) String description,
                              @NotBlank @Size(max = 200) String source) implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.EVALUATE_CREDIT;
    }
}
