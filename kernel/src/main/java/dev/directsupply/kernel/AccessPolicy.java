package dev.directsupply.kernel;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what (DS-7.2.2): each {@link Permission} is granted to roles; an actor holds a
 * permission when one of their roles does, and, for customer information, only with a
 * confidentiality agreement on file (DS-7.2.3). Each module ships its default grants; a host may
 * grant more or fewer when it builds the policy. Immutable.
 */
public final class AccessPolicy {
    private final Map<Permission, Set<Role>> grants;

    private AccessPolicy(Map<Permission, Set<Role>> grants) {
        Map<Permission, Set<Role>> copy = new HashMap<>();
        grants.forEach((permission, roles) -> copy.put(permission, Set.copyOf(roles)));
        this.grants = Map.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the actor may use the permission. */
    public boolean allows(Actor actor, Permission permission) {
        return denialReason(actor, permission) == null;
    }

    /** Throws {@link AccessDenied} naming the rule unless the actor may use the permission. */
    public void check(Actor actor, Permission permission) {
        if (actor == null) {
            throw new InvalidCommand(permission.code(),
                java.util.List.of(Violation.constraint("actor", "NotNull", "DS-7.2.2")));
        }
        String reason = denialReason(actor, permission);
        if (reason != null) {
            throw new AccessDenied(actor.id(), permission,
                reason.equals("kernel.error.access-denied.no-agreement") ? "DS-7.2.3" : "DS-7.2.2", reason);
        }
    }

    private String denialReason(Actor actor, Permission permission) {
        if (actor == null) {
            return "kernel.error.access-denied.no-role";
        }
        if (permission.customerInformation() && !actor.confidentialityAgreement()) {
            return "kernel.error.access-denied.no-agreement";
        }
        Set<Role> granted = grants.getOrDefault(permission, Set.of());
        for (Role role : actor.roles()) {
            if (granted.contains(role)) {
                return null;
            }
        }
        return "kernel.error.access-denied.no-role";
    }

    /** The roles holding the permission. */
    public Set<Role> rolesHolding(Permission permission) {
        return grants.getOrDefault(permission, Set.of());
    }

    /** Assembles grants. */
    public static final class Builder {
        private final Map<Permission, Set<Role>> grants = new HashMap<>();

        private Builder() {
        }

        /** Grants the permission to the roles, in addition to earlier grants. */
        public Builder grant(Permission permission, Role... roles) {
            return grant(permission, Set.of(roles));
        }

        public Builder grant(Permission permission, Collection<Role> roles) {
            grants.computeIfAbsent(permission, p -> EnumSet.noneOf(Role.class)).addAll(roles);
            return this;
        }

        /** Adds every grant of a module's defaults. */
        public Builder grantAll(Map<Permission, Set<Role>> defaults) {
            defaults.forEach(this::grant);
            return this;
        }

        /** Withdraws the permission from the roles. */
        public Builder revoke(Permission permission, Role... roles) {
            Set<Role> held = grants.get(permission);
            if (held != null) {
                held.removeAll(Set.of(roles));
            }
            return this;
        }

        public AccessPolicy build() {
            return new AccessPolicy(grants);
        }
    }
}
