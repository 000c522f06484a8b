package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;

/** Look at every order between release and its last shipment for a promised date at risk (DS-4.1.4). */
public record DetectDelays() implements Command {

    @Override
    public Permission permission() {
        return OrderPermissions.RECORD_PROGRESS;
    }
}
