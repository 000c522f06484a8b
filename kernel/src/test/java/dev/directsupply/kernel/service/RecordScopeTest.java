package dev.directsupply.kernel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.RecordScope;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.scope.CustomerAssignment;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.2 record scope (严格限制范围): a sales representative reaches the customers assigned to them, a
 * sales manager their department's, other roles all; every read, look-up and write of a work keeps to it.
 */
class RecordScopeTest {
    static final Permission VISIT = Permission.of("visits.record");
    static final Permission READ = Permission.of("visits.read");

    record VisitId(String value) implements Identifier {
    }

    record Visit(VisitId id, String customer, String note) {
    }

    record RecordVisit(@NotNull VisitId visitId, @NotNull String customer) implements Command {
        @Override
        public Permission permission() {
            return VISIT;
        }
    }

    private static final Actor LI = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor WANG = Actor.of("wang.wei", Department.SALES, Role.SALES);
    private static final Actor MANAGER = Actor.of("zhao.min", Department.SALES, Role.SALES_MANAGER);
    private static final Actor EXPORT_MANAGER = Actor.of("sun.hao", Department.MANAGEMENT, Role.SALES_MANAGER);
    private static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private final AccessPolicy access = AccessPolicy.builder()
        .grant(VISIT, Role.SALES, Role.SALES_MANAGER, Role.FINANCE, Role.SYSTEM)
        .grant(READ, Role.SALES, Role.SALES_MANAGER, Role.FINANCE).build();
    private Pipeline pipeline = pipeline(access);
    private Aggregates<Visit> visits = visits(pipeline);

    private Pipeline pipeline(AccessPolicy policy) {
        return new Pipeline(store, policy, (person, day) -> true, new StoredAssignments(store),
            new CommandValidator(Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
            AuditSeal.unkeyed(), clock);
    }

    private static Aggregates<Visit> visits(Pipeline pipeline) {
        return pipeline.aggregates("visits", JsonDocuments.of(Visit.class, 1, visit -> visit.id().value(),
            visit -> Map.of("customer", visit.customer()))).scopedBy(Visit::customer);
    }

    private void assign(String customer, Actor owner) {
        CustomerAssignment assignment = CustomerAssignment.first(customer, owner.id(), owner.department(),
            clock.instant(), ActorId.of("chen.jie"));
        store.write(WriteBatch.of(DocumentWrite.create(StoredAssignments.COLLECTION, customer,
            StoredAssignments.CODEC.encode(assignment), StoredAssignments.CODEC.attributes(assignment))));
    }

    private Visit record(Actor actor, String visit, String customer) {
        return visits.create(actor, new RecordVisit(new VisitId(visit), customer),
            () -> Changed.to(new Visit(new VisitId(visit), customer, "tasting")));
    }

    @BeforeEach
    void twoCustomersOfTwoRepresentatives() {
        assign("c-li", LI);
        assign("c-wang", WANG);
        record(FINANCE, "v-li", "c-li");
        record(FINANCE, "v-wang", "c-wang");
    }

    @Test
    @DisplayName("a sales representative reads and writes their own customers' records, and no one else's")
    void givenRepresentative_whenReachingAnothersCustomer_thenDenied() {
        assertThat(visits.get(LI, READ, new VisitId("v-li")).customer()).isEqualTo("c-li");
        record(LI, "v-li-2", "c-li");

        assertThatThrownBy(() -> visits.get(LI, READ, new VisitId("v-wang")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> {
                assertThat(e.rule()).contains("DS-7.2.2");
                assertThat(e.message(Messages.ENGLISH)).contains("not assigned to them");
                assertThat(e.message(Messages.CHINESE)).contains("未分配给本人");
            });
        assertThatThrownBy(() -> record(LI, "v-wang-2", "c-wang")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> visits.change(LI, new RecordVisit(new VisitId("v-wang"), "c-wang"),
            new VisitId("v-wang"), visit -> Changed.to(new Visit(visit.id(), visit.customer(), "changed"))))
            .isInstanceOf(AccessDenied.class);
        assertThat(store.read("visits", "v-wang-2")).isEmpty();
        assertThat(visits.find(LI, READ, new VisitId("v-li"))).isPresent();
    }

    @Test
    @DisplayName("a look-up lists only the records in the actor's scope")
    void givenLookUp_whenRepresentativeAsks_thenOnlyTheirCustomers() {
        assertThat(visits.findBy(LI, READ, "customer", "c-wang")).isEmpty();
        assertThat(visits.findBy(WANG, READ, "customer", "c-wang")).extracting(Visit::customer)
            .containsExactly("c-wang");
    }

    @Test
    @DisplayName("a sales manager reaches their department's customers; one of another department does not")
    void givenManagers_whenReachingSalesCustomers_thenTheirDepartmentOnly() {
        assertThat(visits.get(MANAGER, READ, new VisitId("v-li"))).isNotNull();
        assertThat(visits.get(MANAGER, READ, new VisitId("v-wang"))).isNotNull();

        assertThatThrownBy(() -> visits.get(EXPORT_MANAGER, READ, new VisitId("v-li")))
            .isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("finance and the SDK's own actors reach every customer; an unassigned customer is in no one's own scope")
    void givenWideRoles_whenReaching_thenAll() {
        assertThat(visits.get(FINANCE, READ, new VisitId("v-wang"))).isNotNull();
        Actor system = pipeline.systemActor("tests");
        record(system, "v-new", "c-unassigned");

        assertThat(pipeline.inScope(system, "c-unassigned")).isTrue();
        assertThat(pipeline.inScope(LI, "c-unassigned")).isFalse();
        assertThat(pipeline.inScope(LI, null)).as("a record of no customer").isTrue();
        assertThatThrownBy(() -> visits.get(MANAGER, READ, new VisitId("v-new"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("a host may widen a role's scope in configuration")
    void givenHostWideningSales_whenReaching_thenAll() {
        pipeline = pipeline(access.toBuilder().scope(Role.SALES, RecordScope.DEPARTMENT).build());
        visits = visits(pipeline);

        assertThat(visits.get(LI, READ, new VisitId("v-wang"))).isNotNull();
        assertThat(access.scopeOf(LI)).isEqualTo(RecordScope.OWN);
        assertThat(access.scopeOf(Actor.of("x", Department.SALES, Role.SALES, Role.SALES_MANAGER)))
            .as("the widest role").isEqualTo(RecordScope.DEPARTMENT);
        assertThat(access.scopeOf(Actor.of("y", Department.SALES, Role.SALES, Role.FINANCE)))
            .as("a role that does not count in the department adds nothing").isEqualTo(RecordScope.OWN);
        assertThat(AccessPolicy.DEFAULT_SCOPES).containsEntry(Role.AUDITOR, RecordScope.ALL);
    }

    @Test
    @DisplayName("a reassigned customer moves to its new owner, and the assignment keeps its history")
    void givenReassignment_whenReached_thenNewOwnerOnly() {
        CustomerAssignment first = StoredAssignments.CODEC.decode(store.read(StoredAssignments.COLLECTION, "c-li")
            .orElseThrow().body());
        CustomerAssignment moved = first.reassigned(WANG.id(), Department.SALES, clock.instant(), MANAGER.id());
        store.write(WriteBatch.of(DocumentWrite.update(StoredAssignments.COLLECTION, "c-li", 1,
            StoredAssignments.CODEC.encode(moved), StoredAssignments.CODEC.attributes(moved))));

        assertThat(pipeline.inScope(LI, "c-li")).isFalse();
        assertThat(pipeline.inScope(WANG, "c-li")).isTrue();
        assertThat(moved.history()).singleElement().satisfies(past -> {
            assertThat(past.owner()).isEqualTo(LI.id());
            assertThat(past.until()).isEqualTo(clock.instant());
        });
        assertThat(List.of(moved.by())).containsExactly(MANAGER.id());
    }
}
