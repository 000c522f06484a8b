package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.Size;

/**
 * Re-assess every customer's purchase scale (DS-2.2.1): monthly, as the window moves, and after the
 * thresholds change.
 *
 * @param reason why, for each classification history; "scheduled re-assessment" when left out
 */
public record ReclassifyAll(@MultiLine @Size(max = 500) String reason) implements Command {

    @Override
    public Permission permission() {
        return CustomerPermissions.RECLASSIFY;
    }

    String why() {
        return reason == null || reason.isBlank() ? "scheduled re-assessment" : reason.strip();
    }
}
