package dev.directsupply.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import jakarta.validation.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The modules of an SDK started over one store, clock, access policy and set of policy parameters:
 * each in order gets its context, builds its services and subscribes its reactions.
 */
class AssemblyTest {
    static final Permission OPEN = Permission.of("desk.open");
    static final Permission READ = Permission.of("desk.read");
    static final Permission FILE = Permission.of("reports.file");
    static final String DESK_DEFAULTS = "/dev/directsupply/kernel/module/desk-defaults.json";
    static final ParameterSection<DeskParameters> DESK_SECTION =
        ParameterSection.of("desk", DeskParameters.class, DESK_DEFAULTS);

    static final Actor CLERK = Actor.of("li.na", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);
    static final Actor AUDITOR = Actor.of("wang.fang", Department.AUDIT, Role.AUDITOR);
    static final Actor WORKER = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);

    /** The desk's one policy section. */
    public record DeskParameters(@InRange(min = 1, max = 10) int maxOpen) {
    }

    sealed interface DeskEvent extends DomainEvent permits TicketOpened, TicketClosed, Escalation {
    }

    record TicketOpened(String ticketId, Instant occurredAt) implements DeskEvent {
    }

    record TicketClosed(String ticketId, Instant occurredAt) implements DeskEvent {
    }

    /** A sealed interface within the sealed interface: it stands for its own records too. */
    sealed interface Escalation extends DeskEvent permits Escalated {
    }

    record Escalated(String ticketId, String to, Instant occurredAt) implements Escalation {
    }

    record ReportFiled(String reportId, Instant occurredAt) implements DomainEvent {
    }

    /** Another event of the kernel named TicketOpened: the same type name as the desk's. */
    static final class Impostor {
        record TicketOpened(String ticketId, Instant occurredAt) implements DomainEvent {
        }
    }

    /** A port the desk needs: the host prints tickets. */
    interface Printer {
        String print(String text);
    }

    /** The service the desk module provides. */
    record Desk(String printed) {
    }

    /** The service a later module provides, built on the desk's. */
    record Reports(Desk desk) {
    }

    /** A module declared in a line: its name, grants, sections, events and how it starts. */
    record TestModule(String name, Map<Permission, Set<Role>> defaultGrants, List<ParameterSection<?>> parameters,
                      List<Class<? extends DomainEvent>> events, Consumer<ModuleContext> starting)
        implements DomainModule {
        @Override
        public void start(ModuleContext context) {
            starting.accept(context);
        }
    }

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    private static TestModule desk(Consumer<ModuleContext> starting) {
        return new TestModule("desk", Map.of(OPEN, Set.of(Role.CUSTOMER_SERVICE),
            READ, Set.of(Role.CUSTOMER_SERVICE, Role.AUDITOR)), List.of(DESK_SECTION), List.of(DeskEvent.class),
            starting);
    }

    private static TestModule reports(Consumer<ModuleContext> starting) {
        return new TestModule("reports", Map.of(FILE, Set.of(Role.AUDITOR), READ, Set.of(Role.MANAGEMENT)),
            List.of(), List.of(ReportFiled.class), starting);
    }

    private static void nothing(ModuleContext context) {
    }

    private Assembly.Builder builder(DomainModule... modules) {
        CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
            .buildValidatorFactory().getValidator());
        return Assembly.builder(List.of(modules)).store(store).clock(clock).validator(validator)
            .agreements(new StoredAgreements(store)).seal(AuditSeal.unkeyed());
    }

    @Test
    @DisplayName("each module is started once, in the order given, and the assembly keeps them in that order")
    void givenTwoModules_whenBuilt_thenEachStartedOnceInOrder() {
        List<String> started = new ArrayList<>();
        TestModule desk = desk(context -> started.add("desk"));
        TestModule reports = reports(context -> started.add("reports"));

        Assembly assembly = builder(desk, reports).build();

        assertThat(started).containsExactly("desk", "reports");
        assertThat(assembly.modules()).containsExactly(desk, reports);
    }

    @Test
    @DisplayName("every module gets the assembly's one pipeline, its clock and its policy parameters")
    void givenModule_whenStarted_thenContextHoldsTheAssemblysPipelineClockAndPolicy() {
        List<ModuleContext> contexts = new ArrayList<>();

        Assembly assembly = builder(desk(contexts::add), reports(contexts::add)).build();

        assertThat(contexts).hasSize(2).allSatisfy(context -> {
            assertThat(context.pipeline()).isSameAs(assembly.pipeline());
            assertThat(context.clock()).isSameAs(clock);
            assertThat(context.policy()).isSameAs(assembly.policy());
        });
        assertThat(assembly.pipeline().clock()).isSameAs(clock);
    }

    @Test
    @DisplayName("DS-7.2.2 without an access policy, the modules' default grants decide who may do what")
    void givenNoAccessPolicy_whenBuilt_thenModulesDefaultGrantsApply() {
        Assembly assembly = builder(desk(AssemblyTest::nothing), reports(AssemblyTest::nothing)).build();

        assertThat(assembly.pipeline().allows(CLERK, OPEN)).isTrue();
        assertThat(assembly.pipeline().allows(AUDITOR, FILE)).isTrue();
        assertThat(assembly.pipeline().allows(WORKER, OPEN)).isFalse();
        assertThat(assembly.pipeline().allows(AUDITOR, OPEN)).isFalse();
    }

    @Test
    @DisplayName("DS-7.2.2 the default grants of every module are gathered; a permission two modules grant holds both grants")
    void givenModules_whenDefaultAccessGathered_thenEveryGrantOfEveryModule() {
        AccessPolicy access = Assembly.defaultAccess(List.of(desk(AssemblyTest::nothing), reports(AssemblyTest::nothing)));

        assertThat(access.rolesHolding(OPEN)).containsExactly(Role.CUSTOMER_SERVICE);
        assertThat(access.rolesHolding(FILE)).containsExactly(Role.AUDITOR);
        assertThat(access.rolesHolding(READ))
            .containsExactlyInAnyOrder(Role.CUSTOMER_SERVICE, Role.AUDITOR, Role.MANAGEMENT);
    }

    @Test
    @DisplayName("DS-7.2.2 a host's access policy replaces the modules' default grants")
    void givenHostAccessPolicy_whenBuilt_thenItDecidesInsteadOfTheDefaults() {
        AccessPolicy host = AccessPolicy.builder().grant(OPEN, Role.PRODUCTION).build();

        Assembly assembly = builder(desk(AssemblyTest::nothing)).access(host).build();

        assertThat(assembly.pipeline().allows(WORKER, OPEN)).isTrue();
        assertThat(assembly.pipeline().allows(CLERK, OPEN)).isFalse();
    }

    @Test
    @DisplayName("without policy parameters, every module's section holds its shipped defaults")
    void givenNoPolicy_whenBuilt_thenSectionsHoldTheirDefaults() {
        Assembly assembly = builder(desk(AssemblyTest::nothing)).build();

        assertThat(assembly.policy().version()).isEqualTo(PolicyParameters.DEFAULTS_VERSION);
        assertThat(assembly.policy().section(DeskParameters.class)).isEqualTo(new DeskParameters(3));
    }

    @Test
    @DisplayName("the host's policy parameters are the ones every module reads")
    void givenHostPolicy_whenBuilt_thenModulesReadIt() {
        PolicyParameters host = PolicyParameters.read(List.of(DESK_SECTION),
            PolicyFile.json("{\"version\": \"2026-11\", \"desk\": {\"maxOpen\": 7}}", "policy.json"));
        List<DeskParameters> read = new ArrayList<>();

        Assembly assembly = builder(desk(context -> read.add(context.policy().section(DeskParameters.class))))
            .policy(host).build();

        assertThat(assembly.policy()).isSameAs(host);
        assertThat(read).containsExactly(new DeskParameters(7));
    }

    @Test
    @DisplayName("a host policy that lacks a module's section is refused before the module starts")
    void givenHostPolicyWithoutAModulesSection_whenBuilt_thenRefused() {
        List<String> started = new ArrayList<>();

        assertThatThrownBy(() -> builder(desk(context -> started.add("desk")))
            .policy(PolicyParameters.defaults(List.of())).build())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(DeskParameters.class.getName());
        assertThat(started).isEmpty();
    }

    @Test
    @DisplayName("the policy sections of every module, in module order")
    void givenModules_whenSectionsGathered_thenEveryModulesSectionsInOrder() {
        ParameterSection<DeskParameters> other = ParameterSection.of("reportsDesk", DeskParameters.class, DESK_DEFAULTS);
        TestModule reports = new TestModule("reports", Map.of(), List.of(other), List.of(), AssemblyTest::nothing);

        assertThat(Assembly.sections(List.of(desk(AssemblyTest::nothing), reports))).containsExactly(DESK_SECTION, other);
    }

    @Test
    @DisplayName("the published events by type name, in name order: a sealed interface stands for every record it permits")
    void givenSealedAndPlainEvents_whenGathered_thenEveryRecordByTypeName() {
        Map<String, Class<? extends DomainEvent>> events =
            Assembly.events(List.of(reports(AssemblyTest::nothing), desk(AssemblyTest::nothing)));

        assertThat(events.keySet()).containsExactly("kernel.Escalated", "kernel.ReportFiled", "kernel.TicketClosed",
            "kernel.TicketOpened");
        assertThat(events.get("kernel.Escalated")).isEqualTo(Escalated.class);
        assertThat(events.get("kernel.TicketOpened")).isEqualTo(TicketOpened.class);
    }

    @Test
    @DisplayName("the same record declared by two modules is one event")
    void givenSameEventDeclaredTwice_whenGathered_thenOnce() {
        TestModule echo = new TestModule("echo", Map.of(), List.of(), List.of(TicketOpened.class), AssemblyTest::nothing);

        assertThat(Assembly.events(List.of(desk(AssemblyTest::nothing), echo))).hasSize(3)
            .containsEntry("kernel.TicketOpened", TicketOpened.class);
    }

    @Test
    @DisplayName("two records with one type name are refused: a subscriber could not tell them apart")
    void givenTwoEventsWithOneTypeName_whenGathered_thenRefused() {
        TestModule impostor = new TestModule("impostor", Map.of(), List.of(), List.of(Impostor.TicketOpened.class),
            AssemblyTest::nothing);

        assertThatThrownBy(() -> Assembly.events(List.of(desk(AssemblyTest::nothing), impostor)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("two event types are named kernel.TicketOpened");
    }

    @Test
    @DisplayName("a service one module provides is there for the host and for the modules started after it")
    void givenServiceProvided_whenLaterModuleAndHostAsk_thenTheSameService() {
        Desk desk = new Desk("front");
        List<Reports> built = new ArrayList<>();

        Assembly assembly = builder(desk(context -> context.provide(Desk.class, desk)), reports(context -> {
            Reports reports = new Reports(context.service(Desk.class));
            built.add(reports);
            context.provide(Reports.class, reports);
        })).build();

        assertThat(assembly.service(Desk.class)).isSameAs(desk);
        assertThat(assembly.service(Reports.class)).isSameAs(built.get(0));
        assertThat(built.get(0).desk()).isSameAs(desk);
    }

    @Test
    @DisplayName("a service no module provides is refused, naming the modules")
    void givenServiceNobodyProvides_whenAsked_thenRefusedNamingTheModules() {
        Assembly assembly = builder(desk(AssemblyTest::nothing), reports(AssemblyTest::nothing)).build();

        assertThatThrownBy(() -> assembly.service(Reports.class))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("no module provides " + Reports.class.getName() + "; the modules are [desk, reports]");
    }

    @Test
    @DisplayName("a module asking for a service of a module started after it is refused")
    void givenServiceOfALaterModule_whenAskedAtStart_thenRefused() {
        assertThatThrownBy(() -> builder(desk(context -> context.service(Reports.class)),
            reports(context -> context.provide(Reports.class, new Reports(null)))).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("no module provides " + Reports.class.getName());
    }

    @Test
    @DisplayName("two modules providing one service type are refused")
    void givenTwoModulesProvidingOneType_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> builder(desk(context -> context.provide(Desk.class, new Desk("a"))),
            reports(context -> context.provide(Desk.class, new Desk("b")))).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("two modules provide " + Desk.class.getName());
    }

    @Test
    @DisplayName("the host's implementation of a port is what the module gets; neither bridge nor fallback is asked")
    void givenHostPort_whenModuleAsks_thenTheHostsImplementation() {
        Printer host = text -> "host:" + text;
        List<String> printed = new ArrayList<>();

        builder(desk(context -> printed.add(context.port(Printer.class, () -> text -> "fallback:" + text)
            .print("t-1"))))
            .port(Printer.class, host)
            .bridge(Printer.class, context -> text -> "bridge:" + text)
            .build();

        assertThat(printed).containsExactly("host:t-1");
    }

    @Test
    @DisplayName("a port the host did not give is answered by its bridge, built once from the module context")
    void givenBridge_whenModulesAsk_thenBuiltOnceFromTheContext() {
        AtomicInteger bridged = new AtomicInteger();
        List<String> printed = new ArrayList<>();

        builder(desk(context -> context.provide(Desk.class, new Desk("front"))),
            reports(context -> {
                printed.add(context.port(Printer.class, () -> text -> "fallback:" + text).print("r-1"));
                printed.add(context.port(Printer.class, () -> text -> "fallback:" + text).print("r-2"));
            }))
            .bridge(Printer.class, context -> {
                bridged.incrementAndGet();
                String desk = context.service(Desk.class).printed();
                return text -> desk + ":" + text;
            })
            .build();

        assertThat(printed).containsExactly("front:r-1", "front:r-2");
        assertThat(bridged.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a port neither the host nor a bridge answers is the module's fallback, made once")
    void givenNoPortNorBridge_whenModuleAsksTwice_thenFallbackMadeOnce() {
        AtomicInteger made = new AtomicInteger();
        List<Printer> got = new ArrayList<>();

        builder(desk(context -> {
            got.add(context.port(Printer.class, () -> {
                made.incrementAndGet();
                return text -> "fallback:" + text;
            }));
            got.add(context.port(Printer.class, () -> text -> "second:" + text));
        })).build();

        assertThat(made.get()).isEqualTo(1);
        assertThat(got.get(1)).isSameAs(got.get(0));
        assertThat(got.get(0).print("t-1")).isEqualTo("fallback:t-1");
    }

    @Test
    @DisplayName("a port with no implementation at all is refused naming the port")
    void givenFallbackOfNothing_whenModuleAsks_thenRefusedNamingThePort() {
        assertThatThrownBy(() -> builder(desk(context -> context.port(Printer.class, () -> null))).build())
            .isInstanceOf(NullPointerException.class)
            .hasMessage("no implementation of " + Printer.class.getName());
    }

    @Test
    @DisplayName("a module's reaction is subscribed under its name to the event's type, and gets the event back as its record")
    void givenReaction_whenEventHandled_thenReactionGetsTheRecord() throws Exception {
        List<TicketOpened> heard = new ArrayList<>();
        Assembly assembly = builder(desk(context -> context.subscribe("desk-echo", TicketOpened.class, heard::add)),
            reports(context -> context.subscribe("reports-count", ReportFiled.class, event -> {
            }))).build();
        TicketOpened opened = new TicketOpened("t-1", Instant.parse("2026-03-15T01:00:00Z"));

        assertThat(assembly.subscriptions()).extracting(Subscription::name, Subscription::eventType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("desk-echo", "kernel.TicketOpened"),
                org.assertj.core.groups.Tuple.tuple("reports-count", "kernel.ReportFiled"));
        assembly.subscriptions().get(0).handler().handle(new OutboxEvent(UUID.randomUUID(), "kernel.TicketOpened",
            "tickets", "t-1", 1, opened.occurredAt(), Json.write(opened)));
        assertThat(heard).containsExactly(opened);
    }

    @Test
    @DisplayName("the subscriptions cannot be changed from outside")
    void givenSubscriptions_whenChangedFromOutside_thenRefused() {
        Assembly assembly = builder(desk(context -> context.subscribe("desk-echo", TicketOpened.class, event -> {
        }))).build();

        assertThatThrownBy(() -> assembly.subscriptions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(assembly.subscriptions()).hasSize(1);
    }

    @Test
    @DisplayName("an assembly needs a store, a clock, a validator and a register of confidentiality agreements")
    void givenMissingStoreClockOrValidator_whenBuilt_thenRefusedNamingIt() {
        assertThatThrownBy(() -> Assembly.builder(List.of()).build()).hasMessage("store");
        assertThatThrownBy(() -> Assembly.builder(List.of()).store(store).build()).hasMessage("clock");
        assertThatThrownBy(() -> Assembly.builder(List.of()).store(store).clock(clock).build()).hasMessage("validator");
        assertThatThrownBy(() -> builder().agreements(null)).hasMessage("agreements");
    }
}
