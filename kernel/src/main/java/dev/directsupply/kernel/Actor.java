package dev.directsupply.kernel;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who performs a command: every application-service call names one.
 *
 * @param id                       the actor's id in the host's identity system
 * @param roles                    the roles the host gives them
 * @param department               their department (segregation of duties, DS-3.4)
 * @param confidentialityAgreement whether a signed confidentiality agreement is on file; access to
 *                                 customer information requires one (DS-7.2.3)
 */
public record Actor(ActorId id, Set<Role> roles, Department department, boolean confidentialityAgreement) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        if (roles == null || roles.isEmpty()) {
            throw InvalidValue.of("roles", "kernel.value.actor-roles", "DS-7.2.2", Map.of("actor", id.value()));
        }
        roles = Set.copyOf(roles);
    }

    /**
     * A person <em>without</em> a confidentiality agreement on file: add it with
     * {@link #withConfidentialityAgreement()} once the host has one (DS-7.2.3 makes it opt-in).
     */
    public static Actor of(String id, Department department, Role... roles) {
        return new Actor(ActorId.of(id), roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), department,
            false);
    }

    /** The same actor with a signed confidentiality agreement on file (DS-7.2.3). */
    public Actor withConfidentialityAgreement() {
        return new Actor(id, roles, department, true);
    }

    /** The SDK's own automated work, e.g. an event subscriber; it holds the {@link Role#SYSTEM} role. */
    public static Actor system(String name) {
        return new Actor(ActorId.of("system:" + name), Set.of(Role.SYSTEM), Department.SYSTEM, true);
    }

    /** The same actor without a confidentiality agreement on file. */
    public Actor withoutConfidentialityAgreement() {
        return new Actor(id, roles, department, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
