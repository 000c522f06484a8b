package dev.directsupply.kernel.module;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.scope.CustomerAssignments;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The modules of an SDK started over one store, clock, access policy, validator, audit seal and set
 * of policy parameters: each module in order gets a {@link ModuleContext}, builds its services and
 * subscribes its reactions. What it knows of the modules — every permission with its default grants,
 * every policy section, every published event — it gathers from their declarations, so that nothing
 * outside a module lists what the module has. The SDK's entry point and the test fixtures both stand
 * on it. Immutable once built.
 */
public final class Assembly {
    private final List<DomainModule> modules;
    private final Pipeline pipeline;
    private final PolicyParameters policy;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    private Assembly(Builder builder) {
        this.modules = List.copyOf(builder.modules);
        this.policy = builder.policy != null ? builder.policy : PolicyParameters.defaults(sections(modules));
        AccessPolicy access = builder.access != null ? builder.access : defaultAccess(modules);
        this.pipeline = new Pipeline(builder.store, access, builder.agreements,
            builder.assignments != null ? builder.assignments : new StoredAssignments(builder.store), builder.validator,
            builder.seal, builder.clock);
        Context context = new Context(builder);
        for (DomainModule module : modules) {
            for (ParameterSection<?> section : module.parameters()) {
                policy.section(section.type());
            }
            module.start(context);
        }
    }

    public static Builder builder(List<? extends DomainModule> modules) {
        return new Builder(modules);
    }

    /** Every module's default grants (DS-7.2.2). */
    public static AccessPolicy defaultAccess(List<? extends DomainModule> modules) {
        AccessPolicy.Builder access = AccessPolicy.builder();
        modules.forEach(module -> access.grantAll(module.defaultGrants()));
        return access.build();
    }

    /** Every module's policy sections, in module order. */
    public static List<ParameterSection<?>> sections(List<? extends DomainModule> modules) {
        List<ParameterSection<?>> sections = new ArrayList<>();
        modules.forEach(module -> sections.addAll(module.parameters()));
        return sections;
    }

    /** Every event type the modules publish, by type name, in name order. */
    public static Map<String, Class<? extends DomainEvent>> events(List<? extends DomainModule> modules) {
        Map<String, Class<? extends DomainEvent>> events = new TreeMap<>();
        for (DomainModule module : modules) {
            for (Class<? extends DomainEvent> declared : module.events()) {
                for (Class<? extends DomainEvent> type : records(declared)) {
                    Class<?> earlier = events.put(DomainEvent.typeOf(type), type);
                    if (earlier != null && earlier != type) {
                        throw new IllegalStateException("two event types are named " + DomainEvent.typeOf(type));
                    }
                }
            }
        }
        return events;
    }

    /** The records a declared event type stands for: itself, or every record its sealed interface permits. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends DomainEvent>> records(Class<? extends DomainEvent> declared) {
        if (!declared.isSealed()) {
            return List.of(declared);
        }
        List<Class<? extends DomainEvent>> records = new ArrayList<>();
        for (Class<?> permitted : declared.getPermittedSubclasses()) {
            records.addAll(records((Class<? extends DomainEvent>) permitted));
        }
        return records;
    }

    public List<DomainModule> modules() {
        return modules;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public PolicyParameters policy() {
        return policy;
    }

    /** A service a module provided. */
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("no module provides " + type.getName() + "; the modules are "
                + modules.stream().map(DomainModule::name).toList());
        }
        return type.cast(service);
    }

    /** The modules' subscriptions, in the order they were made. */
    public List<Subscription> subscriptions() {
        return Collections.unmodifiableList(subscriptions);
    }

    /** What each module is given. */
    private final class Context implements ModuleContext {
        private final Builder builder;
        private final Map<Class<?>, Object> ports = new LinkedHashMap<>();

        Context(Builder builder) {
            this.builder = builder;
        }

        @Override
        public Pipeline pipeline() {
            return pipeline;
        }

        @Override
        public Clock clock() {
            return builder.clock;
        }

        @Override
        public PolicyParameters policy() {
            return policy;
        }

        @Override
        public <T> T port(Class<T> type, Supplier<? extends T> fallback) {
            Object port = ports.get(type);
            if (port == null) {
                Object given = builder.ports.get(type);
                Function<ModuleContext, ?> bridge = builder.bridges.get(type);
                port = given != null ? given : bridge != null ? bridge.apply(this) : fallback.get();
                ports.put(type, Objects.requireNonNull(port, () -> "no implementation of " + type.getName()));
            }
            return type.cast(port);
        }

        @Override
        public <T> T service(Class<T> type) {
            return Assembly.this.service(type);
        }

        @Override
        public <T> void provide(Class<T> type, T service) {
            if (services.putIfAbsent(type, Objects.requireNonNull(service, "service")) != null) {
                throw new IllegalStateException("two modules provide " + type.getName());
            }
        }

        @Override
        public <E extends DomainEvent> void subscribe(String name, Class<E> type, Reaction<? super E> reaction) {
            Objects.requireNonNull(reaction, "reaction");
            subscriptions.add(new Subscription(name, DomainEvent.typeOf(type),
                event -> reaction.on(Json.read(event.payload(), type)), true));
        }
    }

    /** Chooses what the modules run on. */
    public static final class Builder {
        private final List<DomainModule> modules;
        private DocumentStore store;
        private Clock clock;
        private AccessPolicy access;
        private ConfidentialityRegister agreements;
        private CustomerAssignments assignments;
        private CommandValidator validator;
        private AuditSeal seal = AuditSeal.unkeyed();
        private PolicyParameters policy;
        private final Map<Class<?>, Object> ports = new LinkedHashMap<>();
        private final Map<Class<?>, Function<ModuleContext, ?>> bridges = new LinkedHashMap<>();

        private Builder(List<? extends DomainModule> modules) {
            this.modules = List.copyOf(modules);
        }

        public Builder store(DocumentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Who may do what; the modules' default grants when not given. */
        public Builder access(AccessPolicy access) {
            this.access = access;
            return this;
        }

        /** Where persons' confidentiality agreements are looked up (DS-7.2.3). */
        public Builder agreements(ConfidentialityRegister agreements) {
            this.agreements = Objects.requireNonNull(agreements, "agreements");
            return this;
        }

        /** To whom customers are assigned (DS-7.2.2); the assignments kept in the store when not given. */
        public Builder assignments(CustomerAssignments assignments) {
            this.assignments = Objects.requireNonNull(assignments, "assignments");
            return this;
        }

        public Builder validator(CommandValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        public Builder seal(AuditSeal seal) {
            this.seal = Objects.requireNonNull(seal, "seal");
            return this;
        }

        /** The policy parameters; the modules' defaults when not given. */
        public Builder policy(PolicyParameters policy) {
            this.policy = policy;
            return this;
        }

        /** The host's implementation of a port a module needs. */
        public <T> Builder port(Class<T> type, T implementation) {
            ports.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(implementation, "implementation"));
            return this;
        }

        /** A port answered by another module, built when a module first asks for it. */
        public <T> Builder bridge(Class<T> type, Function<ModuleContext, ? extends T> bridge) {
            bridges.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(bridge, "bridge"));
            return this;
        }

        public Assembly build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(validator, "validator");
            Objects.requireNonNull(agreements, "agreements");
            return new Assembly(this);
        }
    }
}
