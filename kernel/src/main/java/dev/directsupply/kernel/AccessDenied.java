package dev.directsupply.kernel;

import java.util.Map;

/**
 * The actor may not do this: no role of theirs holds the permission (DS-7.2.2), or the permission
 * touches customer information and no confidentiality agreement is on file (DS-7.2.3), or the
 * policy splits the duty and this actor already took another part of it.
 */
public final class AccessDenied extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final Permission permission;

    public AccessDenied(ActorId actor, Permission permission, String rule, String reasonKey) {
        super("access-denied", rule, reasonKey, Map.of("actor", actor.value(), "permission", permission.code()));
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
