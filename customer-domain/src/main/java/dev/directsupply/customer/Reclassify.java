package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Re-assess one customer's purchase scale on today's window and thresholds (DS-2.2.1).
 *
 * @param reason why, for the classification history; "scheduled re-assessment" when left out
 */
public record Reclassify(@NotNull CustomerId customerId, @MultiLine @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CustomerPermissions.RECLASSIFY;
    }

    String why() {
        return reason == null || reason.isBlank() ? "scheduled re-assessment" : reason.strip();
    }
}
