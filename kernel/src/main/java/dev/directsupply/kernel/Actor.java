package dev.directsupply.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who performs a command: every application-service call names one.
 *
 * <p>People are made with {@link #of}. The SDK's own reactions act as a system actor, which only the
 * SDK's pipeline hands out ({@code Pipeline.systemActor}): the {@link Role#SYSTEM} role, the
 * {@link Department#SYSTEM} department and the {@value #SYSTEM_PREFIX} id prefix are reserved, and an actor
 * that claims any of them without having come from the pipeline is refused (DS-7.2.2).
 *
 * <p>Whether a person may see customer information depends on a confidentiality agreement in force
 * on the day, which the SDK looks up in its register (DS-7.2.3): an actor carries no claim of its own.
 *
 * @param id         the actor's id in the host's identity system
 * @param roles      the roles the host gives them
 * @param department their department: a role counts only in its departments (DS-7.2.2)
 */
public record Actor(ActorId id, Set<Role> roles, Department department) {
    /** The id prefix of the SDK's own actors, which no person's id may take. */
    public static final String SYSTEM_PREFIX = "system:";

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        if (roles == null || roles.isEmpty()) {
            throw InvalidValue.of("roles", "kernel.value.actor-roles", "DS-7.2.2", Map.of("actor", id.value()));
        }
        roles = Set.copyOf(roles);
    }

    /**
     * A person of a department with roles. Every part is checked, and every fault named in one {@link InvalidCommand}: a missing or malformed id, a
     * missing department, no roles or a missing one, and the parts reserved to the SDK's own actors.
     */
    public static Actor of(String id, Department department, Role... roles) {
        List<Violation> violations = new ArrayList<>(2);
        if (id == null) {
            violations.add(Violation.constraint("id", "NotNull", "DS-7.2.2"));
        } else if (!Identifier.SHAPE.matcher(id).matches()) {
            violations.add(Violation.of("id", "kernel.value.identifier", "DS-7.2.2",
                Map.of("type", "ActorId", "value", id)));
        } else if (id.startsWith(SYSTEM_PREFIX)) {
            violations.add(Violation.of("id", "kernel.value.actor-system-reserved", "DS-7.2.2",
                Map.of("part", SYSTEM_PREFIX)));
        }
        if (department == null) {
            violations.add(Violation.constraint("department", "NotNull", "DS-7.2.2"));
        } else if (department == Department.SYSTEM) {
            violations.add(Violation.of("department", "kernel.value.actor-system-reserved", "DS-7.2.2",
                Map.of("part", department.name())));
        }
        if (roles == null || roles.length == 0 || Arrays.asList(roles).contains(null)) {
            violations.add(Violation.of("roles", "kernel.value.actor-roles", "DS-7.2.2",
                Map.of("actor", String.valueOf(id))));
        } else if (Arrays.asList(roles).contains(Role.SYSTEM)) {
            violations.add(Violation.of("roles", "kernel.value.actor-system-reserved", "DS-7.2.2",
                Map.of("part", Role.SYSTEM.name())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand("Actor", violations);
        }
        return new Actor(ActorId.of(id), EnumSet.of(roles[0], roles), department);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor claims a part reserved to the SDK's own actors: to be believed only if it is one. */
    public boolean claimsSystem() {
        return roles.contains(Role.SYSTEM) || department == Department.SYSTEM || id.value().startsWith(SYSTEM_PREFIX);
    }
}
