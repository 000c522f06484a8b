package dev.directsupply.kernel.module;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.parameters.ParameterSection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module of the SDK, declared in one place: what it lets people do and who may by default, the
 * sections of the policy file it reads, the events it publishes, and how it builds its services and
 * subscribes its reactions from the shared {@link ModuleContext}. The SDK starts its modules in order,
 * each after the ones it may use; adding a module is one line in the SDK's list. See
 * {@code docs/adding-a-module.md}.
 */
public interface DomainModule {

    /** The module's name, the package segment after {@code dev.directsupply}: {@code risk}. */
    String name();

    /** Every permission the module's commands and reads need, with the roles granted it by default (DS-7.2.2). */
    Map<Permission, Set<Role>> defaultGrants();

    /** The sections of the policy file the module reads, each with its shipped defaults. */
    default List<ParameterSection<?>> parameters() {
        return List.of();
    }

    /**
     * The events the module publishes: each a versioned record of its API, listed in
     * {@code docs/events.md}. A sealed interface stands for all the records it permits.
     */
    List<Class<? extends DomainEvent>> events();

    /** Builds the module's services, {@linkplain ModuleContext#provide provides} them and subscribes its reactions. */
    void start(ModuleContext context);
}
