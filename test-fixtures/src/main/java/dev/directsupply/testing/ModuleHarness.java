package dev.directsupply.testing;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.agreement.AgreementDesk;
import dev.directsupply.kernel.agreement.AgreementsModule;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.scope.CustomerAssignment;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Modules started for a test as the SDK starts them — the same pipeline, the modules' default grants
 * and policy defaults — over an in-memory store, on a hand-moved clock at 2026-03-15 09:00 in
 * Shanghai unless given another. {@link #relay()} hands the outbox's events to the modules' own
 * reactions, as the SDK's relay would, so a test sees a reaction happen.
 */
public final class ModuleHarness {
    /** Where the tests keep time. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Assembly assembly;
    private final DocumentStore store;
    private final ManualClock clock;

    private ModuleHarness(Assembly assembly, DocumentStore store, ManualClock clock) {
        this.assembly = assembly;
        this.store = store;
        this.clock = clock;
    }

    /** Starts the modules, in order, with everything at its default. */
    public static ModuleHarness of(DomainModule... modules) {
        return with(modules).build();
    }

    /** Chooses more before starting the modules. */
    public static Builder with(DomainModule... modules) {
        return new Builder(List.of(modules));
    }

    /**
     * The default grants of the modules as a harness starts them — the register of agreements included —
     * to change before {@link Builder#access}: {@code defaultAccess(m).toBuilder().relax(duty).build()}.
     */
    public static AccessPolicy defaultAccess(DomainModule... modules) {
        return Assembly.defaultAccess(withRegister(List.of(modules)));
    }

    private static List<DomainModule> withRegister(List<DomainModule> modules) {
        List<DomainModule> withRegister = new ArrayList<>();
        if (modules.stream().noneMatch(AgreementsModule.class::isInstance)) {
            withRegister.add(new AgreementsModule());
        }
        withRegister.addAll(modules);
        return withRegister;
    }

    /** Hibernate Validator as the SDK wires it: no Expression Language, the given clock for past and future. */
    public static CommandValidator validator(Clock clock) {
        return new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> clock)
            .buildValidatorFactory().getValidator());
    }

    /** A service a module provided. */
    public <T> T service(Class<T> type) {
        return assembly.service(type);
    }

    public DocumentStore store() {
        return store;
    }

    public ManualClock clock() {
        return clock;
    }

    /**
     * Puts the people's confidentiality agreements on record (DS-7.2.3), as {@link Staff#agreementOf} has
     * them; the staff's are on record from the start.
     */
    public ModuleHarness agree(Actor... people) {
        Staff.putOnRecord(assembly.service(AgreementDesk.class), people);
        return this;
    }

    /**
     * Assigns the customer to the person (DS-7.2.2), as the customer module does when that person
     * registers it: for tests of modules that know customers only through a port.
     */
    public ModuleHarness assign(String customer, Actor owner) {
        assign(store, customer, owner, clock.instant());
        return this;
    }

    /** As {@link #assign(String, Actor)}, on a store of the caller's. */
    public static void assign(DocumentStore store, String customer, Actor owner, java.time.Instant at) {
        CustomerAssignment assignment = CustomerAssignment.first(customer, owner.id(), owner.department(), at,
            Staff.MANAGEMENT.id());
        String body = StoredAssignments.CODEC.encode(assignment);
        store.write(WriteBatch.of(store.read(StoredAssignments.COLLECTION, customer)
            .map(earlier -> DocumentWrite.update(StoredAssignments.COLLECTION, customer, earlier.version(), body,
                StoredAssignments.CODEC.attributes(assignment)))
            .orElseGet(() -> DocumentWrite.create(StoredAssignments.COLLECTION, customer, body,
                StoredAssignments.CODEC.attributes(assignment)))));
    }

    /** The SDK's own actor, as its reactions act: only the assembly's pipeline makes one (DS-7.2.2). */
    public Actor system() {
        return assembly.pipeline().systemActor("tests");
    }

    public Assembly assembly() {
        return assembly;
    }

    /** The events in the outbox not relayed yet, in order. */
    public List<OutboxEvent> pending() {
        return store.pendingEvents(10_000).stream().map(PendingEvent::event).toList();
    }

    /**
     * Hands every pending event to the modules' reactions to its type, until the outbox is empty, and
     * returns the events handed on. A reaction that fails fails the call: tests want to see it.
     */
    public List<OutboxEvent> relay() {
        List<OutboxEvent> relayed = new ArrayList<>();
        while (store.relay(100, events -> {
            for (PendingEvent pending : events) {
                OutboxEvent event = pending.event();
                for (Subscription subscription : assembly.subscriptions()) {
                    if (subscription.eventType().equals(event.type())) {
                        subscription.handler().handle(event);
                    }
                }
                relayed.add(event);
            }
        }) > 0) {
            // another round: reactions may have raised events of their own
        }
        return relayed;
    }

    /** Chooses what the modules run on. */
    public static final class Builder {
        private final Assembly.Builder assembly;
        private DocumentStore store;
        private ManualClock clock;

        private Builder(List<DomainModule> modules) {
            this.assembly = Assembly.builder(withRegister(modules)).seal(AuditSeal.unkeyed());
        }

        public Builder store(DocumentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder clock(ManualClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder access(AccessPolicy access) {
            assembly.access(Objects.requireNonNull(access, "access"));
            return this;
        }

        public Builder policy(PolicyParameters policy) {
            assembly.policy(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** A port implementation of the test's. */
        public <T> Builder port(Class<T> type, T implementation) {
            assembly.port(type, implementation);
            return this;
        }

        /** A port answered from the modules' context. */
        public <T> Builder bridge(Class<T> type, Function<ModuleContext, ? extends T> bridge) {
            assembly.bridge(type, bridge);
            return this;
        }

        public ModuleHarness build() {
            DocumentStore chosenStore = store != null ? store : new InMemoryDocumentStore();
            ManualClock chosenClock = clock != null ? clock : ManualClock.on("2026-03-15", SHANGHAI);
            ModuleHarness harness = new ModuleHarness(assembly.store(chosenStore).clock(chosenClock)
                .validator(validator(chosenClock)).agreements(new StoredAgreements(chosenStore)).build(), chosenStore,
                chosenClock);
            return harness.agree();
        }
    }
}
