package dev.directsupply.risk.register;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;

/** Raise quality and supply risks from the signals the host reports (DS-6.1.3, DS-6.1.4). */
public record MonitorRisks() implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }
}
