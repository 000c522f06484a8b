package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;

/** Run the dunning levels over every customer's open items (DS-6.2.1 chase collection). */
public record RunDunning() implements Command {

    @Override
    public Permission permission() {
        return ReceivablesPermissions.RUN_COLLECTION;
    }
}
