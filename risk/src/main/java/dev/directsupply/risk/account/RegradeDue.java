package dev.directsupply.risk.account;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;

/** Re-grade every customer whose regular re-grading is due (DS-6.2.1 update grades regularly). */
public record RegradeDue() implements Command {

    @Override
    public Permission permission() {
        return CreditPermissions.EVALUATE_CREDIT;
    }
}
