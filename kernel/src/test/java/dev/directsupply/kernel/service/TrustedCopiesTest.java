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
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.ConfidentialityAgreement;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.scope.CustomerAssignment;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.TrustedCopies;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A command's first attempt decides on this SDK instance's own copies of what it reads — the aggregate it
 * changes, the customer's assignment — and its write stands only if they are still current (ADR 0029).
 * Two pipelines on one store play two hosts: what one changes, the other's copy no longer matches.
 */
class TrustedCopiesTest {
    static final Permission NOTE = Permission.onCustomerInformation("visits.note");

    record VisitId(String value) implements Identifier {
    }

    record Visit(VisitId id, String customer, String note) {
        Visit noted(String more) {
            return new Visit(id, customer, note + more);
        }
    }

    enum Stage { OPEN }

    enum Step { NOTE }

    record NoteVisit(@NotNull VisitId visitId) implements Command {
        @Override
        public Permission permission() {
            return NOTE;
        }
    }

    private static final Actor LI = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor WANG = Actor.of("wang.wei", Department.SALES, Role.SALES);
    private static final VisitId VISIT = new VisitId("v-1");
    /** The register's own layout (StoredAgreements' codec), to record and revoke behind this host's back. */
    private static final JsonDocuments<ConfidentialityAgreement> AGREEMENTS = JsonDocuments.of(
        ConfidentialityAgreement.class, 1, agreement -> agreement.person().value(), agreement -> Map.of());

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger reads = new AtomicInteger();
    private final List<WriteBatch> batches = new CopyOnWriteArrayList<>();
    private final InMemoryDocumentStore shared = new InMemoryDocumentStore();
    private final ForwardingDocumentStore store = new ForwardingDocumentStore(shared) {
        @Override
        public Optional<Document> read(String collection, String id) {
            reads.incrementAndGet();
            return super.read(collection, id);
        }

        @Override
        public void write(WriteBatch batch) {
            batches.add(batch);
            super.write(batch);
        }
    };
    private final Pipeline hereDesk = pipeline();
    private final Aggregates<Visit> here = visits(hereDesk);
    private final Pipeline elsewhereDesk = pipeline();
    private final Aggregates<Visit> elsewhere = visits(elsewhereDesk);

    private Pipeline pipeline() {
        AccessPolicy access = AccessPolicy.builder().grant(NOTE, Role.SALES).build();
        return new Pipeline(store, access, new StoredAgreements(store), new StoredAssignments(store),
            new CommandValidator(Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
            AuditSeal.unkeyed(), clock);
    }

    private static Aggregates<Visit> visits(Pipeline pipeline) {
        return pipeline.aggregates("visits", JsonDocuments.of(Visit.class, 1, visit -> visit.id().value(),
            visit -> Map.of("customer", visit.customer()))).scopedBy(Visit::customer);
    }

    private Visit note(Aggregates<Visit> host, Actor actor, String more) {
        return host.change(actor, new NoteVisit(VISIT), VISIT, visit -> Changed.to(visit.noted(more)));
    }

    private void assign(Actor owner, long expectedVersion) {
        CustomerAssignment assignment = CustomerAssignment.first("c-1", owner.id(), owner.department(),
            clock.instant(), ActorId.of("chen.jie"));
        store.write(WriteBatch.of(new DocumentWrite(StoredAssignments.COLLECTION, "c-1", expectedVersion,
            StoredAssignments.CODEC.encode(assignment), StoredAssignments.CODEC.attributes(assignment), "")));
    }

    private void agreement(Actor person, long expectedVersion, LocalDate revokedOn) {
        ConfidentialityAgreement agreement = new ConfidentialityAgreement(person.id(), "NDA-" + person.id().value(),
            LocalDate.parse("2026-01-01"), null, revokedOn, revokedOn == null ? null : "left the company");
        store.write(WriteBatch.of(new DocumentWrite(StoredAgreements.COLLECTION, person.id().value(), expectedVersion,
            AGREEMENTS.encode(agreement), Map.of(), "")));
    }

    @BeforeEach
    void aVisitOfLisCustomerNotedOnThisHost() {
        agreement(LI, 0, null);
        agreement(WANG, 0, null);
        assign(LI, 0);
        here.create(LI, new NoteVisit(VISIT), () -> Changed.to(new Visit(VISIT, "c-1", "")));
        note(here, LI, "a");
    }

    @Test
    @DisplayName("a change to an aggregate this host wrote last reads nothing: aggregate, assignment and agreement come from its copies")
    void givenAggregateThisHostWrote_whenChangedAgain_thenNoRead() {
        reads.set(0);

        Visit noted = note(here, LI, "b");

        assertThat(noted.note()).isEqualTo("ab");
        assertThat(reads).hasValue(0);
        assertThat(batches.get(batches.size() - 1).unchanged()).as("the visit it writes is checked by its own version")
            .containsExactlyInAnyOrder(new Unchanged(StoredAgreements.COLLECTION, "li.na", 1),
                new Unchanged(StoredAssignments.COLLECTION, "c-1", 1));
        assertThat(shared.read("visits", "v-1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    @DisplayName("an aggregate changed on another host: the change made on the stale copy loses, and is made on what is stored")
    void givenAggregateChangedElsewhere_whenChangedHere_thenDecidedAgainOnTheStoredOne() {
        note(elsewhere, LI, "b");

        Visit noted = note(here, LI, "c");

        assertThat(noted.note()).isEqualTo("abc");
        assertThat(elsewhere.get(LI, NOTE, VISIT).note()).isEqualTo("abc");
        assertThat(shared.auditTrail("visits", "v-1")).hasSize(4);
    }

    @Test
    @DisplayName("DS-7.2.2 a customer reassigned on another host: its old owner's change, decided on copies here, is refused and writes nothing")
    void givenCustomerReassignedElsewhere_whenOldOwnerChangesHere_thenDeniedAndNothingWritten() {
        assign(WANG, 1);

        assertThatThrownBy(() -> note(here, LI, "b"))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.2"));
        assertThat(shared.read("visits", "v-1").orElseThrow().version()).isEqualTo(2);
        assertThat(note(here, WANG, "w").note()).isEqualTo("aw");
    }

    @Test
    @DisplayName("DS-7.2.3 an agreement revoked on another host: a command let in on this host's copy of it is refused and writes nothing")
    void givenAgreementRevokedElsewhere_whenCommandedHere_thenDeniedAndNothingWritten() {
        agreement(LI, 1, LocalDate.parse("2026-03-01"));

        assertThatThrownBy(() -> note(here, LI, "b"))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThat(shared.read("visits", "v-1").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("DS-7.2.3 a command let in on a copy of the agreement stands on it in every write it makes: revoked between two, the second is refused")
    void givenAcceptedOnCopyWrittenTwice_whenRevokedBetween_thenSecondWriteDenied() {
        Accepted<NoteVisit> accepted = hereDesk.acceptToWrite(LI, new NoteVisit(VISIT));
        accepted.write(work -> work.change(here, VISIT, visit -> Changed.to(visit.noted("b"))));
        agreement(LI, 1, LocalDate.parse("2026-03-01"));

        assertThatThrownBy(() -> accepted.write(work -> work.change(here, VISIT,
            visit -> Changed.to(visit.noted("c")))))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThat(shared.read("visits", "v-1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    @DisplayName("DS-7.2.3 an agreement recorded on another host lets its person in here at once, though this host's copy says no")
    void givenAgreementRecordedElsewhere_whenCommandedHere_thenLetIn() {
        agreement(LI, 1, LocalDate.parse("2026-03-01"));
        assertThatThrownBy(() -> note(here, LI, "b")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> note(here, LI, "b")).as("refused on this host's copy of the revocation, too")
            .isInstanceOf(AccessDenied.class);
        agreement(LI, 2, null);

        assertThat(note(here, LI, "c").note()).isEqualTo("ac");
    }

    @Test
    @DisplayName("DS-7.2.2 a customer assigned to someone on another host: their change here goes through, though this host's copy names another")
    void givenCustomerAssignedToThemElsewhere_whenTheyChangeHere_thenTaken() {
        assign(WANG, 1);

        assertThat(note(here, WANG, "w").note()).isEqualTo("aw");
    }

    @Test
    @DisplayName("an aggregate read but not written, changed on another host: the write standing on its copy loses, and is decided again")
    void givenReadAggregateChangedElsewhere_whenAnotherIsWrittenOnIt_thenDecidedOnTheStoredOne() {
        VisitId other = new VisitId("v-2");
        here.create(LI, new NoteVisit(other), () -> Changed.to(new Visit(other, "c-1", "x")));
        elsewhere.change(LI, new NoteVisit(other), other, visit -> Changed.to(visit.noted("y")));

        Visit noted = hereDesk.acceptToWrite(LI, new NoteVisit(VISIT)).write(work -> {
            String copied = work.get(here, other).aggregate().note();
            return work.save(here, work.get(here, VISIT), Changed.to(work.get(here, VISIT).aggregate().noted(copied)))
                .aggregate();
        });

        assertThat(noted.note()).isEqualTo("axy");
    }

    @Test
    @DisplayName("a refusal reached on a stale copy is not given: the command is decided again on what is stored")
    void givenRefusalOnStaleCopy_whenDecidedAgain_thenTakenOnTheStoredOne() {
        note(elsewhere, LI, "b");
        AtomicInteger decisions = new AtomicInteger();

        Visit noted = here.change(LI, new NoteVisit(VISIT), VISIT, visit -> {
            decisions.incrementAndGet();
            if (!visit.note().endsWith("b")) {
                throw new IllegalTransition("visit", Stage.OPEN, Step.NOTE);
            }
            return Changed.to(visit.noted("c"));
        });

        assertThat(noted.note()).isEqualTo("abc");
        assertThat(decisions).as("once on the copy, once on what is stored").hasValue(2);
    }

    @Test
    @DisplayName("a command that would write nothing on a copy answers with what is stored")
    void givenNothingToWriteOnStaleCopy_whenChanged_thenAnswerFromTheStore() {
        note(elsewhere, LI, "b");

        Visit unchanged = here.change(LI, new NoteVisit(VISIT), VISIT, Changed::nothing);

        assertThat(unchanged.note()).isEqualTo("ab");
    }

    @Test
    @DisplayName("a host's own failure in a decision on copies is passed on at once, not decided again")
    void givenHostFailureOnCopy_whenChanged_thenPassedOnOnce() {
        AtomicInteger decisions = new AtomicInteger();

        assertThatThrownBy(() -> here.change(LI, new NoteVisit(VISIT), VISIT, visit -> {
            decisions.incrementAndGet();
            throw new IllegalStateException("the ERP is down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(decisions).hasValue(1);
    }

    @Test
    @DisplayName("outside a command, readers hand out no copies: reads and queries see the store")
    void givenNoCommand_whenCopiesAsked_thenNone() {
        note(elsewhere, LI, "b");

        assertThat(TrustedCopies.mayUseCopies()).isFalse();
        assertThat(here.get(LI, NOTE, VISIT).note()).isEqualTo("ab");
    }

    private static final VisitId NEW = new VisitId("v-new");

    /** Opens the visit of that id once, as a command keyed by it does: a repeat finds the one opened. */
    private Visit openOnce(Pipeline desk, Aggregates<Visit> host, VisitId id, String note) {
        return desk.acceptToWrite(LI, new NoteVisit(id)).write(work -> {
            Optional<dev.directsupply.kernel.store.Versioned<Visit>> earlier = work.findExpectingNone(host, id.value());
            if (earlier.isPresent()) {
                return earlier.get().aggregate();
            }
            return work.create(host, Changed.to(new Visit(id, "c-1", note)));
        });
    }

    @Test
    @DisplayName("an id expected to be new is not looked up on the first attempt: the create itself is the check")
    void givenNewId_whenOpenedOnce_thenCreatedWithoutReadingIt() {
        List<String> looked = new CopyOnWriteArrayList<>();
        ForwardingDocumentStore watching = new ForwardingDocumentStore(shared) {
            @Override
            public Optional<Document> read(String collection, String id) {
                looked.add(collection + "/" + id);
                return super.read(collection, id);
            }
        };
        Pipeline desk = new Pipeline(watching, AccessPolicy.builder().grant(NOTE, Role.SALES).build(),
            new StoredAgreements(watching), new StoredAssignments(watching), new CommandValidator(Validation
                .byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator()), AuditSeal.unkeyed(), clock);

        Visit opened = openOnce(desk, visits(desk), NEW, "first");

        assertThat(opened.note()).isEqualTo("first");
        assertThat(looked).doesNotContain("visits/v-new");
        assertThat(shared.read("visits", "v-new")).isPresent();
    }

    @Test
    @DisplayName("an id expected to be new that another host used already: the create loses, and the repeat finds the one stored")
    void givenIdUsedOnAnotherHost_whenOpenedHere_thenTheStoredOneIsReturnedAndNothingWritten() {
        openOnce(elsewhereDesk, elsewhere, NEW, "there");
        int written = batches.size();

        Visit opened = openOnce(hereDesk, here, NEW, "here");

        assertThat(opened.note()).isEqualTo("there");
        assertThat(batches).hasSize(written + 1).as("the one create tried, which lost");
        assertThat(shared.read("visits", "v-new").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    @DisplayName("an attempt that assumed an id new but does not create it is decided again on what is stored")
    void givenAssumedNewButNotCreated_whenWritten_thenDecidedAgainOnTheStore() {
        openOnce(elsewhereDesk, elsewhere, NEW, "there");
        List<Boolean> foundEachTime = new CopyOnWriteArrayList<>();

        Visit noted = hereDesk.acceptToWrite(LI, new NoteVisit(VISIT)).write(work -> {
            boolean found = work.findExpectingNone(here, NEW.value()).isPresent();
            foundEachTime.add(found);
            return work.change(here, VISIT, visit -> Changed.to(visit.noted(found ? "+seen" : "+unseen")));
        });

        assertThat(foundEachTime).containsExactly(false, true);
        assertThat(noted.note()).isEqualTo("a+seen");
    }

    @Test
    @DisplayName("outside a command an id expected to be new is read like any other")
    void givenNoCommand_whenLookedUpExpectingNone_thenRead() {
        openOnce(elsewhereDesk, elsewhere, NEW, "there");

        assertThat(here.repository().findExpectingNone(NEW.value())).isPresent();
    }
}
