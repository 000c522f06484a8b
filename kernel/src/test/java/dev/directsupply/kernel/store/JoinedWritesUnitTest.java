package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.WriteBatch;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The joined write on its own (ADR 0031, 0032): what it holds, whom it notes as touched, what it
 * stores early, and what a relay gets to store with the mark of its run.
 */
class JoinedWritesUnitTest {
    record Tally(String id, int count) {
    }

    private static final Actor CLERK = Actor.of("li.na", Department.SALES, Role.SALES);

    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final List<WriteBatch> written = new CopyOnWriteArrayList<>();
    private final ForwardingDocumentStore store = new ForwardingDocumentStore(memory) {
        @Override
        public void write(WriteBatch batch) {
            written.add(batch);
            super.write(batch);
        }
    };
    private final AggregateRepository<Tally> tallies = new AggregateRepository<>(store, "tallies",
        JsonDocuments.of(Tally.class, 1, Tally::id, tally -> Map.of("kind", "tally")), JsonEventCodec.INSTANCE,
        AuditSeal.unkeyed(), ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai")));
    private final JoinedWrites joined = JoinedWrites.open(store);
    private Versioned<Tally> stored;

    @BeforeEach
    void aTallyStored() {
        stored = tallies.create(Changed.to(new Tally("t-1", 0)), CLERK, "Create", List.of());
        written.clear();
    }

    /** Holds a count of one more on the tally, decided on {@code from}, standing on the documents given. */
    private UnitOfWork holdCount(Versioned<Tally> from, List<Unchanged> standsOn) {
        UnitOfWork unit = new UnitOfWork(store);
        unit.save(tallies, from, Changed.to(new Tally("t-1", from.aggregate().count() + 1)), CLERK, "Count");
        unit.commit(List.of(), standsOn);
        return unit;
    }

    @Test
    @DisplayName("work under a tag that holds a write, or reads one held, is noted as touched until what is held is stored")
    void givenTaggedWork_whenHoldingAndReading_thenTouchedUntilStored() {
        joined.during("first", () -> holdCount(stored, List.of()));
        joined.during("second", () -> tallies.find("t-1"));
        joined.during("third", () -> tallies.find("t-2"));

        assertThat(joined.touched()).containsExactly("first", "second");
        assertThat(joined.isEmpty()).isFalse();
        joined.commit();
        assertThat(joined.touched()).isEmpty();
        assertThat(joined.isEmpty()).isTrue();
        assertThat(written).hasSize(1);
    }

    @Test
    @DisplayName("a tag closed (a call given up on) may neither hold nor read anything held any more")
    void givenClosedTag_whenHoldingOrReading_thenRefused() {
        joined.during("kept", () -> holdCount(stored, List.of()));
        joined.close(List.of("given-up"));

        assertThatThrownBy(() -> joined.during("given-up", () -> holdCount(stored, List.of())))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> joined.during("given-up", () -> tallies.find("t-1")))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> joined.during("given-up", () -> {
            JoinedWrites.beforeQuery(store, "tallies");
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(joined.touched()).containsExactly("kept");
    }

    @Test
    @DisplayName("a read of a held document outside the repository stores it first; of one not held, nothing")
    void givenHeldTally_whenReadPastTheRepository_thenStoredFirstOnlyIfHeld() {
        joined.during(() -> {
            holdCount(stored, List.of());
            JoinedWrites.beforeRead(store, "tallies", "t-2");
            JoinedWrites.beforeRead(store, "others", "t-1");
            return null;
        });
        assertThat(written).isEmpty();

        joined.during(() -> {
            JoinedWrites.beforeRead(store, "tallies", "t-1");
            return null;
        });

        assertThat(written).hasSize(1);
        assertThat(memory.read("tallies", "t-1").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("an early store another writer beat names the tags it concerned, and nothing stays held")
    void givenEarlyStoreBeaten_whenQueried_thenLostNamesTheTagsConcerned() {
        joined.during("first", () -> holdCount(stored, List.of()));
        tallies.save(stored, Changed.to(new Tally("t-1", 7)), CLERK, "Count");

        JoinedWrites.Lost lost = catchThrowableOfType(JoinedWrites.Lost.class,
            () -> joined.during("second", () -> tallies.findBy("kind", "tally")));

        assertThat(lost.concerned()).containsExactly("first");
        assertThat(lost.conflict()).isNotNull();
        assertThat(joined.isEmpty()).isTrue();
        assertThat(joined.during(() -> tallies.find("t-1")).orElseThrow().aggregate().count()).isEqualTo(7);
    }

    @Test
    @DisplayName("prepared for a relay: one batch of what is held and the notes given, nothing held after, aggregates kept once stored")
    void givenHeldTally_whenPrepared_thenOneBatchWithTheNotesAndNothingHeld() {
        joined.during(() -> holdCount(stored, List.of()));
        DocumentWrite note = DocumentWrite.create("notes", "n-1", "{}", Map.of());

        JoinedWrites.Prepared prepared = joined.prepare(List.of(note));
        store.write(prepared.batch());
        prepared.stored();

        assertThat(prepared.batch().documents()).extracting(DocumentWrite::collection).containsExactly("tallies", "notes");
        assertThat(joined.isEmpty()).isTrue();
        assertThat(joined.during(() -> tallies.find("t-1")).orElseThrow().version()).isEqualTo(2);
        assertThat(JoinedWrites.open(store).prepare(List.of(note)).batch().documents()).containsExactly(note);
    }

    @Test
    @DisplayName("a held unit standing on a document another held unit writes from or to that version leaves the check to that write; any other version is checked")
    void givenUnitsStandingOnAHeldDocument_whenBatched_thenCheckLeftToTheWriteOnlyAtItsVersions() {
        UnitOfWork first = joined.during(() -> holdCount(stored, List.of()));
        Versioned<Tally> held = joined.during(() -> tallies.find("t-1")).orElseThrow();
        UnitOfWork other = new UnitOfWork(store);
        other.create(tallies, Changed.to(new Tally("t-9", 0)), CLERK, "Create");
        joined.during(() -> {
            other.commit(List.of(), List.of(new Unchanged("tallies", "t-1", held.version()),
                new Unchanged("tallies", "t-1", 1), new Unchanged("tallies", "t-1", 5)));
            return null;
        });

        WriteBatch batch = UnitOfWork.batch(List.of(first, other), List.of());

        assertThat(batch.unchanged()).containsExactly(new Unchanged("tallies", "t-1", 5));
    }
}
