package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The modules' reactions to a run of events write together, with the relay's note of what the
 * subscribers took, in one write (ADR 0032); a joint write that another writer beat is not lost: its
 * reactions go again, each on its own, and each event still reaches each subscriber once.
 */
class RelayJointWritesTest {
    static final Permission COUNT = Permission.of("tallies.count");
    private static final Actor CLERK = Actor.of("li.na", Department.SALES, Role.SALES);

    record Tally(String id, int count) {
    }

    record Count(@NotNull String tally) implements Command {
        @Override
        public Permission permission() {
            return COUNT;
        }
    }

    private final RelayBench bench = new RelayBench();
    private final List<WriteBatch> written = new CopyOnWriteArrayList<>();
    /** Before the first write that matches, another host's write: it runs once. */
    private Predicate<WriteBatch> beatWhen = batch -> false;
    private Runnable beatWith = () -> { };
    private final ForwardingDocumentStore store = new ForwardingDocumentStore(bench.store) {
        @Override
        public void write(WriteBatch batch) {
            if (beatWhen.test(batch)) {
                beatWhen = each -> false;
                elsewhere(beatWith);
            }
            written.add(batch);
            super.write(batch);
        }
    };
    private final Pipeline pipeline = new Pipeline(store, AccessPolicy.builder().grant(COUNT, Role.SALES).build(),
        new StoredAgreements(store), new StoredAssignments(store), new CommandValidator(DirectSupply
            .defaultValidator(bench.clock)), RelayBench.SEAL, bench.clock);
    private final JsonDocuments<Tally> codec = JsonDocuments.of(Tally.class, 1, Tally::id, tally -> Map.of());
    private final Aggregates<Tally> tallies = pipeline.aggregates("tallies", codec);

    /** Another host's write, on a thread of its own: nothing held on this one joins it. */
    private static void elsewhere(Runnable write) {
        Thread host = new Thread(write);
        host.start();
        try {
            host.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A command of the module's: counts one more on the tally. */
    private void count(String tally) {
        count(tally, false);
    }

    /** As {@link #count(String)}, first asking the store whether the tally is there (a read past what is held). */
    private void count(String tally, boolean askFirst) {
        pipeline.acceptToWrite(CLERK, new Count(tally)).write(work -> {
            if (askFirst) {
                work.holds("tallies", tally);
            }
            Optional<Versioned<Tally>> found = work.find(tallies, tally);
            if (found.isEmpty()) {
                return work.create(tallies, Changed.to(new Tally(tally, 1)));
            }
            return work.save(tallies, found.get(), Changed.to(new Tally(tally, found.get().aggregate().count() + 1)))
                .aggregate();
        });
    }

    private EventRelay relay(Subscription... subscriptions) {
        return new EventRelay(store, List.of(subscriptions), pipeline, RelayBench.PARAMETERS, RelayListener.NONE,
            RelayBench.SEAL, "");
    }

    /** A module's own reaction: its writes may join the run's. */
    private static Subscription reaction(String name, EventHandler handler) {
        return new Subscription(name, RelayBench.TYPE, handler, true);
    }

    private int tally(String id) {
        return bench.store.read("tallies", id).map(document -> codec.decode(document.body()).count()).orElse(0);
    }

    /** The writes of commands: the relay's own notes alone (its hourly pruning, say) left out. */
    private List<WriteBatch> commandWrites() {
        return written.stream().filter(batch -> writes(batch, "tallies")).toList();
    }

    private static boolean writes(WriteBatch batch, String collection) {
        return batch.documents().stream().anyMatch(write -> write.collection().equals(collection));
    }

    private static long ids(WriteBatch batch, String collection) {
        return batch.documents().stream().filter(write -> write.collection().equals(collection)).count();
    }

    @Test
    @DisplayName("two modules' reactions to a run and the relay's ledgers of them are stored in one write")
    void givenTwoReactions_whenRunRelayed_thenOneWriteWithTheLedgers() {
        bench.publish("O-1");
        written.clear();

        relay(reaction("tally-a", event -> count("a")), reaction("tally-b", event -> count("b"))).drain();

        assertThat(tally("a")).isEqualTo(1);
        assertThat(tally("b")).isEqualTo(1);
        assertThat(commandWrites()).singleElement().satisfies(batch -> {
            assertThat(ids(batch, "tallies")).isEqualTo(2);
            assertThat(ids(batch, EventRelay.INBOX)).isEqualTo(2);
            assertThat(batch.auditEntries()).hasSize(2);
        });
        assertThat(bench.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("a host's subscriber writes on its own: only the modules' reactions join the run's write")
    void givenHostSubscriberGivingACommand_whenRelayed_thenItsWriteIsItsOwn() {
        bench.publish("O-1");
        written.clear();

        relay(reaction("tally-a", event -> count("a")), RelayBench.subscriber("host", event -> count("h"))).drain();

        List<WriteBatch> commands = commandWrites();
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).documents()).extracting(DocumentWrite::id).containsExactly("h");
        assertThat(ids(commands.get(1), "tallies")).isEqualTo(1);
        assertThat(ids(commands.get(1), EventRelay.INBOX)).isEqualTo(2);
    }

    @Test
    @DisplayName("a second reaction writing what the first wrote builds on it, in the same write")
    void givenTwoReactionsOnOneTally_whenRelayed_thenOneWriteAndCountedTwice() {
        bench.publish("O-1");
        written.clear();

        relay(reaction("tally-a", event -> count("shared")), reaction("tally-b", event -> count("shared"))).drain();

        assertThat(tally("shared")).isEqualTo(2);
        assertThat(commandWrites()).singleElement().satisfies(batch -> assertThat(ids(batch, "tallies")).isEqualTo(2));
    }

    @Test
    @DisplayName("a reaction reading past what another holds stores it early, then reads it stored")
    void givenReactionReadingAHeldTally_whenRelayed_thenStoredEarlyThenCounted() {
        bench.publish("O-1");
        written.clear();

        relay(reaction("tally-a", event -> count("shared")), reaction("tally-b", event -> count("shared", true)))
            .drain();

        assertThat(tally("shared")).isEqualTo(2);
        List<WriteBatch> commands = commandWrites();
        assertThat(commands).hasSize(2);
        assertThat(writes(commands.get(0), EventRelay.INBOX)).isFalse();
        assertThat(writes(commands.get(1), EventRelay.INBOX)).isTrue();
    }

    @Test
    @DisplayName("a joint write beaten by another writer: the reactions go again on their own, each event once per subscriber")
    void givenJointWriteBeaten_whenRelayed_thenReactionsGoAgainAndCountOnce() {
        bench.publish("O-1");
        count("a");
        beatWhen = batch -> writes(batch, EventRelay.INBOX) && writes(batch, "tallies");
        beatWith = () -> count("a");
        EventRelay relay = relay(reaction("tally-a", event -> count("a")), reaction("tally-b", event -> count("b")));

        relay.drain();

        assertThat(tally("a")).as("one before, one by another writer, one for the event").isEqualTo(3);
        assertThat(tally("b")).isEqualTo(1);
        assertThat(bench.store.pendingEvents(10)).isEmpty();
        assertThat(relay.health()).allSatisfy(health -> {
            assertThat(health.failuresInARow()).isZero();
            assertThat(health.restingUntil()).isEmpty();
        });
        relay.drain();
        assertThat(tally("a")).as("nothing comes round again").isEqualTo(3);
    }

    @Test
    @DisplayName("a write stored early beaten by another writer: the reactions it concerned go again on their own, in order, each once")
    void givenEarlyStoreBeaten_whenRelayed_thenConcernedReactionsGoAgainEachOnce() {
        bench.publish("O-1");
        count("shared");
        beatWhen = batch -> writes(batch, "tallies") && !writes(batch, EventRelay.INBOX);
        beatWith = () -> count("shared");
        List<String> calls = new CopyOnWriteArrayList<>();
        EventRelay relay = relay(
            reaction("tally-a", event -> {
                calls.add("a");
                count("shared");
            }),
            reaction("tally-b", event -> {
                calls.add("b");
                count("shared", true);
            }));

        relay.drain();

        assertThat(tally("shared")).as("one before, one by another writer, one per subscriber").isEqualTo(4);
        assertThat(calls).containsExactly("a", "b", "a", "b");
        assertThat(bench.store.pendingEvents(10)).isEmpty();
        assertThat(relay.health()).allSatisfy(health -> assertThat(health.failuresInARow()).isZero());
    }

    @Test
    @DisplayName("a reaction that fails after a lost joint write is held for its subscriber, which rests; the others are noted")
    void givenReactionFailingWhenHandedOutAgain_whenRelayed_thenHeldAndOthersNoted() {
        bench.publish("O-1");
        beatWhen = batch -> writes(batch, EventRelay.INBOX) && writes(batch, "tallies");
        beatWith = () -> count("a");
        int[] calls = {0};
        EventRelay relay = relay(
            reaction("tally-a", event -> {
                if (++calls[0] == 2) {
                    throw new IllegalStateException("down the second time");
                }
                count("a");
            }),
            reaction("tally-b", event -> count("b")));

        relay.drain();

        assertThat(tally("b")).isEqualTo(1);
        assertThat(tally("a")).as("only the other writer's").isEqualTo(1);
        assertThat(relay.health()).filteredOn(health -> health.subscriber().equals("tally-a")).singleElement()
            .satisfies(health -> {
                assertThat(health.pending()).isEqualTo(1);
                assertThat(health.failuresInARow()).isEqualTo(1);
            });
        bench.drainLater(relay);
        assertThat(tally("a")).isEqualTo(2);
        assertThat(tally("b")).as("tally-b got the event once").isEqualTo(1);
    }
}
