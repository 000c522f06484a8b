package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;

/** Expire every open application nobody acted on for longer than the policy allows: a scheduled scan. */
public record ExpireApplications() implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.EXPIRE;
    }
}
