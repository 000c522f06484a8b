package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once lose no update: every attempt either succeeds or is a conflict (a
 * {@link dev.directsupply.persistence.StoreConflict}: a stale version, or a transaction the database
 * aborted for concurrency), and the stored state counts exactly the successes. Readers never see
 * half a batch, and relays running at once hand each event out once, each aggregate's in order.
 * Each writer pauses between its read and its write, so that writers really race even on two cores;
 * the tests check that conflicts did happen. Adapters may scale the load with {@link #threads()}
 * and {@link #attemptsPerThread()}.
 */
public interface ConcurrencyContract extends StoreUnderTest {

    /** How many writers run at once. */
    default int threads() {
        return 8;
    }

    /** How many read-modify-write attempts each writer makes. */
    default int attemptsPerThread() {
        return 200;
    }

    private Race race(Race.Attempt attempt) throws Exception {
        return Race.run(threads(), attemptsPerThread(), thread -> attempt);
    }

    /** Between a writer's read and its write: long enough for another thread to get in between. */
    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(20_000);
    }

    @Test
    @DisplayName("many threads updating one document: successes + conflicts = attempts and no update is lost")
    default void givenManyWriters_whenEachReadsModifiesWrites_thenNoLostUpdate() throws Exception {
        create("counter", 0, Map.of("parity", "even"));

        Race race = race(() -> {
            Document current = store().read(collection(), "counter").orElseThrow();
            int next = StoreUnderTest.counter(current.body()) + 1;
            pause();
            store().write(WriteBatch.builder()
                .write(DocumentWrite.update(collection(), "counter", current.version(), body(next),
                    Map.of("parity", next % 2 == 0 ? "even" : "odd")))
                .event(event("counter", current.version() + 1, "Incremented"))
                .build());
        });

        Document last = store().read(collection(), "counter").orElseThrow();
        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes() + race.conflicts()).isEqualTo(threads() * attemptsPerThread());
        assertThat(race.successes()).isPositive();
        assertThat(race.conflicts()).as("writers that really raced").isPositive();
        assertThat(last.version()).isEqualTo(1L + race.successes());
        assertThat(StoreUnderTest.counter(last.body())).isEqualTo(race.successes());
        assertThat(pendingOfThisTest()).hasSize(race.successes());
        assertThat(store().findBy(collection(), "parity", race.successes() % 2 == 0 ? "even" : "odd"))
            .extracting(Document::id).containsExactly("counter");
    }

    @Test
    @DisplayName("many threads writing two documents per batch: both always move together")
    default void givenManyWritersOfPairs_whenRacing_thenBatchesStayAtomic() throws Exception {
        create("left", 0, Map.of());
        create("right", 0, Map.of());

        Race race = race(() -> {
            Document left = store().read(collection(), "left").orElseThrow();
            Document right = store().read(collection(), "right").orElseThrow();
            pause();
            store().write(WriteBatch.builder()
                .write(DocumentWrite.update(collection(), "left", left.version(),
                    body(StoreUnderTest.counter(left.body()) + 1), Map.of()))
                .write(DocumentWrite.update(collection(), "right", right.version(),
                    body(StoreUnderTest.counter(right.body()) + 1), Map.of()))
                .build());
        });

        Document left = store().read(collection(), "left").orElseThrow();
        Document right = store().read(collection(), "right").orElseThrow();
        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes() + race.conflicts()).isEqualTo(threads() * attemptsPerThread());
        assertThat(race.conflicts()).as("writers that really raced").isPositive();
        assertThat(left.version()).isEqualTo(right.version()).isEqualTo(1L + race.successes());
        assertThat(StoreUnderTest.counter(left.body())).isEqualTo(StoreUnderTest.counter(right.body()))
            .isEqualTo(race.successes());
    }

    @Test
    @DisplayName("many threads creating the same document: exactly one succeeds")
    default void givenManyCreatorsOfOneId_whenRacing_thenExactlyOneWins() throws Exception {
        AtomicInteger round = new AtomicInteger();
        Race race = race(() -> store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "only-one", body(round.incrementAndGet()), Map.of()))
            .event(event("only-one", 1, "Created"))
            .build()));

        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes()).isEqualTo(1);
        assertThat(race.conflicts()).isEqualTo(threads() * attemptsPerThread() - 1);
        assertThat(pendingOfThisTest()).hasSize(1);
    }

    @Test
    @DisplayName("readers scanning and looking up while pairs are written never see half a batch")
    default void givenPairsWrittenTogether_whenReadMeanwhile_thenNeverHalfABatch() throws Exception {
        create("left", 0, Map.of("pair", "yes"));
        create("right", 0, Map.of("pair", "yes"));
        java.util.List<String> torn = new java.util.concurrent.CopyOnWriteArrayList<>();

        Race race = Race.run(threads(), attemptsPerThread(), thread -> thread % 2 == 0
            ? () -> {
                check(store().scan(collection(), null, 10).documents(), torn);
                check(store().findBy(collection(), "pair", "yes"), torn);
            }
            : () -> {
                Document left = store().read(collection(), "left").orElseThrow();
                Document right = store().read(collection(), "right").orElseThrow();
                store().write(WriteBatch.builder()
                    .write(DocumentWrite.update(collection(), "left", left.version(),
                        body(StoreUnderTest.counter(left.body()) + 1), Map.of("pair", "yes")))
                    .write(DocumentWrite.update(collection(), "right", right.version(),
                        body(StoreUnderTest.counter(right.body()) + 1), Map.of("pair", "yes")))
                    .build());
            });

        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes()).as("reads and writes").isPositive();
        assertThat(torn).as("reads that saw one document of a batch without the other").isEmpty();
    }

    private static int handedSoFar(java.util.List<dev.directsupply.persistence.PendingEvent> handed) {
        synchronized (handed) {
            return handed.size();
        }
    }

    private static void check(java.util.List<Document> pair, java.util.List<String> torn) {
        if (pair.size() != 2 || pair.get(0).version() != pair.get(1).version()) {
            torn.add(pair.stream().map(d -> d.id() + "@" + d.version()).toList().toString());
        }
    }

    @Test
    @DisplayName("two relays at once hand each event out once, and each aggregate's events in version order")
    default void givenTwoRelaysAtOnce_whenDraining_thenEachEventOnceAndAggregatesInOrder() throws Exception {
        for (int round = 0; round < 1_000 && store().relay(1_000, events -> { }) > 0; round++) {
            // other tests' events out of the way
        }
        int aggregates = 12;
        int versions = 5;
        for (int a = 0; a < aggregates; a++) {
            for (int version = 1; version <= versions; version++) {
                store().write(WriteBatch.builder()
                    .write(DocumentWrite.update(collection(), "agg-" + a, version - 1, body(version), Map.of()))
                    .event(event("agg-" + a, version, "V" + version))
                    .build());
            }
        }
        java.util.List<dev.directsupply.persistence.PendingEvent> handed = new java.util.ArrayList<>();

        Race race = Race.run(2, 1, thread -> () -> {
            // Bounded, so that a store handing events out twice fails the test rather than hangs it.
            for (int round = 0; round < 2_000 && handedSoFar(handed) < 2 * aggregates * versions
                && !pendingOfThisTest().isEmpty(); round++) {
                int relayed = store().relay(3, events -> {
                    // One event at a time, with a pause after each: a relay running beside this one
                    // has every chance to hand out a later event of the same aggregate meanwhile.
                    for (dev.directsupply.persistence.PendingEvent event : events) {
                        synchronized (handed) {
                            handed.add(event);
                        }
                        Thread.sleep(1);
                    }
                });
                if (relayed == 0) {
                    Thread.sleep(1);
                }
            }
        });

        assertThat(race.unexpected()).as("relays that failed").isNull();
        java.util.List<dev.directsupply.persistence.PendingEvent> mine = handed.stream()
            .filter(e -> e.event().collection().equals(collection())).toList();
        assertThat(mine).extracting(e -> e.event().eventId()).as("events handed out").hasSize(aggregates * versions)
            .doesNotHaveDuplicates();
        for (int a = 0; a < aggregates; a++) {
            String id = "agg-" + a;
            assertThat(mine).filteredOn(e -> e.event().aggregateId().equals(id))
                .extracting(e -> e.event().aggregateVersion()).as("versions of %s in the order handled", id)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        }
        assertThat(pendingOfThisTest()).isEmpty();
    }
}
