package dev.directsupply.kernel;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what (DS-7.2.2): each {@link Permission} is granted to roles; an actor holds a
 * permission when one of their roles does <em>and</em> they work in a department that role belongs to,
 * and, for customer information, only with a confidentiality agreement on file (DS-7.2.3). Duties the
 * policy splits between two people ({@link SeparatedDuty}) are held apart. Each module ships its
 * default grants; a host may grant more or fewer, move roles between departments and relax a
 * separation when it builds the policy. Immutable.
 */
public final class AccessPolicy {
    /**
     * The departments each role belongs to by default: the company's choice where the policy names no
     * department. A sales manager may sit in management, a credit manager in finance, after-sales in sales.
     */
    public static final Map<Role, Set<Department>> DEFAULT_DEPARTMENTS = defaultDepartments();

    /**
     * Whose customers each role reaches by default (DS-7.2.2): sales their own, sales managers their
     * department's, every other role all (the policy names the scope of sales; the rest is the company's
     * choice, which a host narrows or widens with {@link Builder#scope}).
     */
    public static final Map<Role, RecordScope> DEFAULT_SCOPES = defaultScopes();

    private final Map<Permission, Set<Role>> grants;
    private final Map<Role, Set<Department>> departments;
    private final Set<String> relaxed;
    private final Map<Role, RecordScope> scopes;

    private AccessPolicy(Builder builder) {
        Map<Permission, Set<Role>> copy = new HashMap<>();
        builder.grants.forEach((permission, roles) -> copy.put(permission, Set.copyOf(roles)));
        this.grants = Map.copyOf(copy);
        Map<Role, Set<Department>> places = new EnumMap<>(Role.class);
        builder.departments.forEach((role, allowed) -> places.put(role, Set.copyOf(allowed)));
        this.departments = places;
        this.relaxed = Set.copyOf(builder.relaxed);
        this.scopes = new EnumMap<>(builder.scopes);
    }

    private static Map<Role, RecordScope> defaultScopes() {
        Map<Role, RecordScope> scopes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            scopes.put(role, RecordScope.ALL);
        }
        scopes.put(Role.SALES, RecordScope.OWN);
        scopes.put(Role.SALES_MANAGER, RecordScope.DEPARTMENT);
        return java.util.Collections.unmodifiableMap(scopes);
    }

    private static Map<Role, Set<Department>> defaultDepartments() {
        Map<Role, Set<Department>> places = new EnumMap<>(Role.class);
        places.put(Role.SALES, EnumSet.of(Department.SALES));
        places.put(Role.SALES_MANAGER, EnumSet.of(Department.SALES, Department.MANAGEMENT));
        places.put(Role.FINANCE, EnumSet.of(Department.FINANCE));
        places.put(Role.CREDIT_MANAGER, EnumSet.of(Department.CREDIT, Department.FINANCE));
        places.put(Role.MANAGEMENT, EnumSet.of(Department.MANAGEMENT));
        places.put(Role.PRODUCTION, EnumSet.of(Department.PRODUCTION));
        places.put(Role.LOGISTICS, EnumSet.of(Department.LOGISTICS));
        places.put(Role.QUALITY, EnumSet.of(Department.QUALITY));
        places.put(Role.CUSTOMER_SERVICE, EnumSet.of(Department.CUSTOMER_SERVICE, Department.SALES));
        places.put(Role.AUDITOR, EnumSet.of(Department.AUDIT));
        places.put(Role.SYSTEM, EnumSet.of(Department.SYSTEM));
        Map<Role, Set<Department>> fixed = new EnumMap<>(Role.class);
        places.forEach((role, allowed) -> fixed.put(role, Set.copyOf(allowed)));
        return java.util.Collections.unmodifiableMap(fixed);
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
            throw new AccessDenied(actor.id(), permission, "DS-7.2.2", reason);
        }
    }

    private String denialReason(Actor actor, Permission permission) {
        if (actor == null) {
            return "kernel.error.access-denied.no-role";
        }
        Set<Role> granted = grants.getOrDefault(permission, Set.of());
        boolean elsewhere = false;
        for (Role role : actor.roles()) {
            if (granted.contains(role)) {
                if (departments.getOrDefault(role, Set.of()).contains(actor.department())) {
                    return null;
                }
                elsewhere = true;
            }
        }
        return elsewhere ? "kernel.error.access-denied.wrong-department" : "kernel.error.access-denied.no-role";
    }

    /**
     * Throws {@link AccessDenied} naming the separation's rule when the actor took the duty's first step
     * ({@code earlier}) and now takes its second, unless the host relaxed that separation.
     */
    public void requireSeparate(Actor actor, Permission permission, SeparatedDuty duty, ActorId earlier) {
        if (actor != null && actor.id().equals(earlier) && !relaxed.contains(duty.code())) {
            throw new AccessDenied(actor.id(), permission, duty.rule(), "kernel.error.access-denied.same-person");
        }
    }

    /** A builder holding this policy's grants, departments and relaxed separations, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        grants.forEach(builder::grant);
        builder.departments.putAll(departments);
        builder.relaxed.addAll(relaxed);
        builder.scopes.putAll(scopes);
        return builder;
    }

    /** Whose customers the actor reaches: the widest scope of their roles that count in their department. */
    public RecordScope scopeOf(Actor actor) {
        RecordScope widest = RecordScope.OWN;
        for (Role role : actor.roles()) {
            RecordScope scope = scopes.getOrDefault(role, RecordScope.OWN);
            if (departments.getOrDefault(role, Set.of()).contains(actor.department())
                && scope.compareTo(widest) > 0) {
                widest = scope;
            }
        }
        return widest;
    }

    /** The departments in which the role counts. */
    public Set<Department> departmentsOf(Role role) {
        return departments.getOrDefault(role, Set.of());
    }

    /** Whether the host lets one person take both steps of the duty. */
    public boolean relaxes(SeparatedDuty duty) {
        return relaxed.contains(duty.code());
    }

    /** The roles holding the permission. */
    public Set<Role> rolesHolding(Permission permission) {
        return grants.getOrDefault(permission, Set.of());
    }

    /** Assembles grants. */
    public static final class Builder {
        private final Map<Permission, Set<Role>> grants = new HashMap<>();
        private final Map<Role, Set<Department>> departments = new EnumMap<>(DEFAULT_DEPARTMENTS);
        private final Set<String> relaxed = new HashSet<>();
        private final Map<Role, RecordScope> scopes = new EnumMap<>(DEFAULT_SCOPES);

        private Builder() {
        }

        /** Whose customers the role reaches, in place of {@link #DEFAULT_SCOPES}' (DS-7.2.2). */
        public Builder scope(Role role, RecordScope scope) {
            scopes.put(role, java.util.Objects.requireNonNull(scope, "scope"));
            return this;
        }

        /** The departments in which the role counts, in place of {@link #DEFAULT_DEPARTMENTS}'. */
        public Builder departments(Role role, Department... allowed) {
            departments.put(role, allowed.length == 0 ? Set.of() : EnumSet.of(allowed[0], allowed));
            return this;
        }

        /** Lets one person take both steps of the duty (the policy's default keeps them apart). */
        public Builder relax(SeparatedDuty duty) {
            relaxed.add(duty.code());
            return this;
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
            return new AccessPolicy(this);
        }
    }
}
