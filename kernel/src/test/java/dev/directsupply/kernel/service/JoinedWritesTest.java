package dev.directsupply.kernel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.JoinedWrites;
import dev.directsupply.kernel.store.UnitOfWork;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A command given inside another's attempt — an order's review reserving credit — has its write held
 * and stored with the enclosing attempt's, in one write (ADR 0031); inside the attempt what is held
 * reads as written, and whatever loses a race is tried again from the outermost attempt.
 */
class JoinedWritesTest {
    static final Permission NOTE = Permission.of("visits.note");
    static final Permission CHARGE = Permission.of("accounts.charge");

    record VisitId(String value) implements Identifier {
    }

    enum Stage { CLOSED }

    enum Step { NOTE }

    record Visit(VisitId id, String note) {
    }

    record Account(String id, int balance) {
    }

    record NoteVisit(@NotNull VisitId visitId) implements Command {
        @Override
        public Permission permission() {
            return NOTE;
        }
    }

    record Charge(@NotNull String account) implements Command {
        @Override
        public Permission permission() {
            return CHARGE;
        }
    }

    private static final Actor LI = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor ZHAO = Actor.of("zhao.min", Department.FINANCE, Role.FINANCE);
    private static final VisitId VISIT = new VisitId("v-1");

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore shared = new InMemoryDocumentStore();
    private final List<WriteBatch> writes = new CopyOnWriteArrayList<>();
    /** Runs once before the next write reaches the store: another host's change, say. */
    private Consumer<WriteBatch> beforeNextWrite = batch -> { };
    private final ForwardingDocumentStore store = new ForwardingDocumentStore(shared) {
        @Override
        public void write(WriteBatch batch) {
            Consumer<WriteBatch> before = beforeNextWrite;
            beforeNextWrite = each -> { };
            before.accept(batch);
            writes.add(batch);
            super.write(batch);
        }
    };
    private final Pipeline pipeline = new Pipeline(store,
        AccessPolicy.builder().grant(NOTE, Role.SALES).grant(CHARGE, Role.SALES, Role.FINANCE).build(),
        new StoredAgreements(store), new StoredAssignments(store), new CommandValidator(Validation
            .byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator()), AuditSeal.unkeyed(), clock);
    private final Aggregates<Visit> visits = pipeline.aggregates("visits",
        JsonDocuments.of(Visit.class, 1, visit -> visit.id().value(), visit -> Map.of()));
    private final Aggregates<Account> accounts = pipeline.aggregates("accounts",
        JsonDocuments.of(Account.class, 1, Account::id, account -> Map.of("open", "true")));
    private final AtomicInteger charges = new AtomicInteger();

    @BeforeEach
    void aVisitAndAnAccount() {
        visits.create(LI, new NoteVisit(VISIT), () -> Changed.to(new Visit(VISIT, "")));
        accounts.create(LI, new Charge("a-1"), () -> Changed.to(new Account("a-1", 0)));
        writes.clear();
    }

    /** The nested command: charges the account 10, as the credit desk reserves credit. */
    private Account charge(Actor actor) {
        return pipeline.acceptToWrite(actor, new Charge("a-1")).write(work -> {
            charges.incrementAndGet();
            return work.change(accounts, new AccountId("a-1"), account -> Changed.to(new Account("a-1",
                account.balance() + 10)));
        });
    }

    record AccountId(String value) implements Identifier {
    }

    /** Another host's command, on a thread of its own: nothing held on this one joins it. */
    private static void elsewhere(Runnable command) {
        Thread host = new Thread(command);
        host.start();
        try {
            host.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The enclosing command: notes the visit with what the body makes of the attempt. */
    private Visit note(java.util.function.Function<Work, String> body) {
        return pipeline.acceptToWrite(LI, new NoteVisit(VISIT)).write(work -> {
            String note = body.apply(work);
            return work.change(visits, VISIT, visit -> Changed.to(new Visit(VISIT, visit.note() + note)));
        });
    }

    private int stored(String id) {
        return pipeline.aggregates("accounts", JsonDocuments.of(Account.class, 1, Account::id,
            account -> Map.of("open", "true"))).repository().get(id).aggregate().balance();
    }

    @Test
    @DisplayName("a command given inside another's attempt is stored in the same write: one batch, both audit entries and events")
    void givenNestedCommand_whenEnclosingCommits_thenOneWrite() {
        Visit noted = note(work -> "charged " + charge(ZHAO).balance());

        assertThat(noted.note()).isEqualTo("charged 10");
        assertThat(writes).singleElement().satisfies(batch -> {
            assertThat(batch.documents()).extracting(DocumentWrite::collection).containsExactly("accounts", "visits");
            assertThat(batch.auditEntries()).extracting(entry -> entry.actorId())
                .containsExactly("zhao.min", "li.na");
        });
        assertThat(stored("a-1")).isEqualTo(10);
        assertThat(shared.auditTrail("accounts", "a-1")).hasSize(2);
    }

    @Test
    @DisplayName("the enclosing command refused after the nested one decided: neither is stored")
    void givenEnclosingRefusedAfterNested_whenWritten_thenNothingStored() {
        assertThatThrownBy(() -> note(work -> {
            charge(ZHAO);
            throw new IllegalTransition("Visit", Stage.CLOSED, Step.NOTE);
        })).isInstanceOf(IllegalTransition.class);

        assertThat(writes).isEmpty();
        assertThat(stored("a-1")).isZero();
    }

    @Test
    @DisplayName("inside the attempt a held aggregate reads as it will be stored")
    void givenNestedCharge_whenEnclosingReadsTheAccount_thenSeesItCharged() {
        Visit noted = note(work -> {
            charge(ZHAO);
            return "sees " + work.get(accounts, "a-1").aggregate().balance();
        });

        assertThat(noted.note()).isEqualTo("sees 10");
        assertThat(writes).hasSize(1);
    }

    @Test
    @DisplayName("a second nested command on the same aggregate builds on the first, in the same write")
    void givenTwoChargesInOneAttempt_whenWritten_thenOneWriteAndBalanceTwenty() {
        note(work -> {
            charge(ZHAO);
            return "charged " + charge(ZHAO).balance();
        });

        assertThat(writes).singleElement().satisfies(batch -> assertThat(batch.documents())
            .extracting(DocumentWrite::expectedVersion).containsExactly(1L, 2L, 1L));
        assertThat(stored("a-1")).isEqualTo(20);
        assertThat(shared.read("accounts", "a-1").map(Document::version)).contains(3L);
        assertThat(shared.auditTrail("accounts", "a-1")).hasSize(3);
    }

    @Test
    @DisplayName("a query of a collection that a held write touches stores it first, so the query sees it")
    void givenHeldCharge_whenAccountsQueried_thenStoredFirstAndFound() {
        Visit noted = note(work -> {
            charge(ZHAO);
            return "open " + accounts.repository().findBy("open", "true").get(0).aggregate().balance();
        });

        assertThat(noted.note()).isEqualTo("open 10");
        assertThat(writes).hasSize(2);
    }

    @Test
    @DisplayName("the joint write losing a race is tried again whole, the nested command with it, and stored once")
    void givenJointWriteLosesRace_whenRetried_thenNestedDecidedAgainAndStoredOnce() {
        beforeNextWrite = batch -> elsewhere(() -> note(work -> "elsewhere;"));

        Visit noted = note(work -> "charged " + charge(ZHAO).balance());

        assertThat(charges).as("the nested command ran in both attempts").hasValue(2);
        assertThat(noted.note()).isEqualTo("elsewhere;charged 10");
        assertThat(stored("a-1")).isEqualTo(10);
    }

    @Test
    @DisplayName("a held write that loses its race when stored early makes the outermost attempt run again")
    void givenHeldWriteLosesRaceWhenStoredEarly_whenWritten_thenWholeAttemptAgain() {
        AtomicInteger attempts = new AtomicInteger();
        beforeNextWrite = batch -> elsewhere(() -> charge(LI));

        Visit noted = note(work -> {
            attempts.incrementAndGet();
            charge(ZHAO);
            return "open " + accounts.repository().findBy("open", "true").get(0).aggregate().balance();
        });

        assertThat(attempts).hasValue(2);
        assertThat(noted.note()).isEqualTo("open 20");
        assertThat(stored("a-1")).isEqualTo(20);
    }

    @Test
    @DisplayName("a write of a held aggregate from another version than the held write leaves it at stores what is held first; its own check then decides")
    void givenWriteFromAnotherVersion_whenHeld_thenHeldStoredFirstAndTheStaleOneConflicts() {
        var repository = accounts.repository();
        var stored = repository.get("a-1");
        JoinedWrites joined = JoinedWrites.open(store);

        joined.during(() -> {
            UnitOfWork first = new UnitOfWork(store);
            first.save(repository, stored, Changed.to(new Account("a-1", 10)), ZHAO, "Charge");
            first.commit();
            UnitOfWork stale = new UnitOfWork(store);
            stale.save(repository, stored, Changed.to(new Account("a-1", 99)), ZHAO, "Charge");
            stale.commit();
            return null;
        });

        assertThat(writes).as("the first, stored before the stale one was held").hasSize(1);
        assertThatThrownBy(joined::commit).isInstanceOf(ConcurrencyConflict.class);
        assertThat(stored("a-1")).isEqualTo(10);
    }

    @Test
    @DisplayName("DS-7.2.2 a nested command keeps its own permission: refused, and the enclosing write is not stored")
    void givenNestedCommandNotPermitted_whenCalled_thenRefusedAndNothingStored() {
        Actor visitor = Actor.of("wu.fang", Department.LOGISTICS, Role.LOGISTICS);

        assertThatThrownBy(() -> note(work -> "charged " + charge(visitor).balance()))
            .isInstanceOf(AccessDenied.class);

        assertThat(writes).isEmpty();
    }
}
