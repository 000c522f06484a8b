package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.RecordScope;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.service.Command;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who may take every service action, found from the code and checked by calling each one (DS-7.2.2,
 * DS-7.2.3): every public method of every desk that takes an actor is called by a person of every role
 * in every department, with and without a confidentiality agreement on record, and the outcome is
 * compared with what the access policy says. The table is {@code docs/permissions.md}.
 *
 * <p>The calls carry empty commands: the pipeline decides access before it looks at a command, so an
 * allowed call ends in {@code InvalidCommand} (or reads nothing) and a refused one in {@code AccessDenied}.
 * Record scope needs real customers, so {@code RecordScopeTest} and the modules' scope tests cover it;
 * here the table shows each role's scope.
 */
class AccessTableTest {
    private static final List<Role> PEOPLES_ROLES = Arrays.stream(Role.values()).filter(role -> role != Role.SYSTEM)
        .toList();
    private static final List<Department> PEOPLES_DEPARTMENTS = Arrays.stream(Department.values())
        .filter(department -> department != Department.SYSTEM).toList();

    /** A service action: a desk's public method that takes an actor first. */
    record Action(String desk, Method method, Function<DirectSupply, Object> deskOf) {
        String name() {
            return desk + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes()).skip(1)
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** What one call came to. */
    record Outcome(boolean denied, Permission permission, Throwable failure) {
    }

    private static final Map<String, Function<DirectSupply, Object>> DESKS = desks();

    private static Map<String, Function<DirectSupply, Object>> desks() {
        Map<String, Function<DirectSupply, Object>> desks = new LinkedHashMap<>();
        desks.put("agreements", DirectSupply::agreements);
        desks.put("customers", DirectSupply::customers);
        desks.put("credit", DirectSupply::credit);
        desks.put("receivables", DirectSupply::receivables);
        desks.put("riskRegister", DirectSupply::riskRegister);
        desks.put("admission", DirectSupply::admission);
        desks.put("leads", DirectSupply::leads);
        desks.put("targets", DirectSupply::targets);
        desks.put("cooperation", DirectSupply::cooperation);
        desks.put("orders", DirectSupply::orders);
        desks.put("inspections", DirectSupply::inspections);
        desks.put("shipments", DirectSupply::shipments);
        desks.put("orderShipments", DirectSupply::orderShipments);
        desks.put("events", DirectSupply::events);
        return desks;
    }

    private static List<Action> actions(DirectSupply sdk) {
        List<Action> actions = new ArrayList<>();
        DESKS.forEach((name, deskOf) -> {
            Object desk = deskOf.apply(sdk);
            Arrays.stream(desk.getClass().getMethods())
                .filter(method -> method.getDeclaringClass() == desk.getClass())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() > 0 && method.getParameterTypes()[0] == Actor.class)
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount)
                    .thenComparing(method -> Arrays.toString(method.getParameterTypes())))
                .forEach(method -> actions.add(new Action(name, method, deskOf)));
        });
        return actions;
    }

    private static String id(String prefix, Role role, Department department) {
        return prefix + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
            + department.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An SDK whose register has the agreements of everyone whose id starts with "signed.". */
    private static DirectSupply sdk() {
        return DirectSupply.builder().confidentialityRegister((person, day) -> person.value().startsWith("signed."))
            .build();
    }

    /** The call with empty arguments: nulls, an empty command, zeros. */
    private static Outcome call(Action action, DirectSupply sdk, Actor actor) {
        Class<?>[] types = action.method().getParameterTypes();
        Object[] arguments = new Object[types.length];
        arguments[0] = actor;
        for (int i = 1; i < types.length; i++) {
            arguments[i] = empty(types[i]);
        }
        try {
            action.method().invoke(action.deskOf().apply(sdk), arguments);
            return new Outcome(false, null, null);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof AccessDenied denied) {
                return new Outcome(true, denied.permission(), null);
            }
            return new Outcome(false, null, cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type.isRecord() && Command.class.isAssignableFrom(type)) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] nulls = new Object[components.length];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                nulls[i] = parameterTypes[i].isPrimitive() ? empty(parameterTypes[i]) : null;
            }
            try {
                return type.getDeclaredConstructor(parameterTypes).newInstance(nulls);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("an empty " + type.getSimpleName() + " cannot be made", e);
            }
        }
        return null;
    }

    /** The permission each action checks first, as the calls of people who may not show it. */
    private static Map<String, Permission> permissions(DirectSupply sdk, List<Action> actions) {
        Map<String, Permission> permissions = new TreeMap<>();
        for (Action action : actions) {
            for (Role role : PEOPLES_ROLES) {
                Department department = AccessPolicy.DEFAULT_DEPARTMENTS.get(role).iterator().next();
                Outcome outcome = call(action, sdk, Actor.of(id("unsigned.", role, department), department, role));
                if (outcome.denied()) {
                    permissions.put(action.name(), outcome.permission());
                    break;
                }
            }
        }
        return permissions;
    }

    @Test
    @DisplayName("DS-7.2.2 docs/permissions.md is generated from the code: every action, its permission, roles, departments, scope, agreement (-Ddocs.update=true)")
    void givenDesks_whenActionsProbed_thenDocsMatch() throws IOException {
        DirectSupply sdk = sdk();
        List<Action> actions = actions(sdk);
        String document = document(actions, permissions(sdk, actions), DirectSupply.defaultAccess());
        Path doc = Path.of("..", "docs", "permissions.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    @DisplayName("DS-7.2.2, DS-7.2.3 every action called by every role in every department, with and without an agreement: no unexpected allow")
    void givenEveryActorCombination_whenEveryActionCalled_thenOutcomesMatchTheTable() {
        DirectSupply sdk = sdk();
        AccessPolicy policy = DirectSupply.defaultAccess();
        List<Action> actions = actions(sdk);
        Map<String, Permission> permissions = permissions(sdk, actions);
        int tried = 0;
        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedDenials = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (Action action : actions) {
            Permission permission = permissions.get(action.name());
            for (Role role : PEOPLES_ROLES) {
                for (Department department : PEOPLES_DEPARTMENTS) {
                    for (String prefix : List.of("signed.", "unsigned.")) {
                        Actor actor = Actor.of(id(prefix, role, department), department, role);
                        Outcome outcome = call(action, sdk, actor);
                        tried++;
                        boolean expected = permission == null || policy.allows(actor, permission)
                            && (!permission.customerInformation() || prefix.equals("signed."));
                        String what = action.name() + " by " + actor.id();
                        if (!outcome.denied() && !expected) {
                            unexpectedAllows.add(what);
                        } else if (outcome.denied() && expected) {
                            unexpectedDenials.add(what + " (" + outcome.permission().code() + ")");
                        } else if (outcome.denied() && !outcome.permission().equals(permission)) {
                            unexpectedDenials.add(what + " named " + outcome.permission().code());
                        }
                        if (outcome.failure() != null && !(outcome.failure()
                            instanceof dev.directsupply.kernel.DirectSupplyException)) {
                            untyped.add(what + ": " + outcome.failure());
                        }
                    }
                }
            }
        }

        assertThat(actions).hasSizeGreaterThan(40).allSatisfy(action -> assertThat(permissions)
            .as("every action is guarded by a permission it checks first").containsKey(action.name()));
        assertThat(tried).isEqualTo(actions.size() * PEOPLES_ROLES.size() * PEOPLES_DEPARTMENTS.size() * 2);
        assertThat(unexpectedAllows).as("unexpected allows of %d calls", tried).isEmpty();
        assertThat(unexpectedDenials).as("unexpected denials of %d calls", tried).isEmpty();
        assertThat(untyped).as("untyped failures of %d calls", tried).isEmpty();
    }

    static String document(List<Action> actions, Map<String, Permission> permissions, AccessPolicy policy) {
        StringBuilder out = new StringBuilder()
            .append("# Permissions\n\n")
            .append("Generated from the code by `AccessTableTest`, which also calls every action below as every\n")
            .append("role in every department, with and without a confidentiality agreement on record, and checks\n")
            .append("the outcome against this table; do not edit by hand (`-Ddocs.update=true` regenerates it).\n\n")
            .append("An actor may take an action when one of their roles holds its permission **and** counts in\n")
            .append("their department; for customer information (marked ●) the register must also hold a\n")
            .append("confidentiality agreement of theirs in force that day (DS-7.2.3). Each role then reaches the\n")
            .append("customers of its record scope (DS-7.2.2). Departments and scopes are the defaults, which a host\n")
            .append("changes in its `AccessPolicy` (ADR 0026).\n\n")
            .append("## Roles\n\n| Role | Counts in departments | Record scope |\n|---|---|---|\n");
        for (Role role : Role.values()) {
            out.append("| ").append(role).append(" | ")
                .append(policy.departmentsOf(role).stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .append(" | ").append(AccessPolicy.DEFAULT_SCOPES.getOrDefault(role, RecordScope.OWN)).append(" |\n");
        }
        out.append("\n## Actions\n\n| Action | Permission | ● | Roles |\n|---|---|---|---|\n");
        for (Action action : actions) {
            Permission permission = permissions.get(action.name());
            out.append("| `").append(action.name()).append("` | ");
            if (permission == null) {
                out.append("— | | everyone |\n");
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(policy.rolesHolding(permission));
            out.append('`').append(permission.code()).append("` | ").append(permission.customerInformation() ? "●" : "")
                .append(" | ").append(roles.stream().map(Enum::name).collect(Collectors.joining(", "))).append(" |\n");
        }
        return out.toString();
    }
}
