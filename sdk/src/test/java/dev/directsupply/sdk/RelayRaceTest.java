package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several relays on one store at once. Two cores rarely race on their own, so the store here takes a
 * little longer over the relay's reads and writes, and the test checks that relays really did collide
 * (conflicting writes of ledgers and claims) before it trusts the outcome.
 */
class RelayRaceTest {
    private static final int RELAYS = 3;
    private static final int AGGREGATES = 30;
    private static final int VERSIONS = 10;

    private final RelayBench bench = new RelayBench();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final DocumentStore slow = new ForwardingDocumentStore(bench.store) {
        @Override
        public java.util.Optional<dev.directsupply.persistence.Document> read(String collection, String id) {
            linger(collection);
            return super.read(collection, id);
        }

        @Override
        public void write(WriteBatch batch) {
            DocumentWrite first = batch.documents().get(0);
            linger(first.collection());
            try {
                super.write(batch);
            } catch (StoreConflict conflict) {
                if (first.collection().startsWith("relay-")) {
                    conflicts.incrementAndGet();
                }
                throw conflict;
            }
        }
    };

    /** Latency on the relay's own documents, where relays meet. */
    private static void linger(String collection) {
        if (collection.startsWith("relay-")) {
            LockSupport.parkNanos(200_000);
        }
    }

    @Test
    @Timeout(300)
    @DisplayName("three relays at once with a subscriber failing one call in three: every event reaches each subscriber once, each aggregate in order")
    void givenThreeRelaysOnOneStore_whenDrainedTogether_thenEachEventOnceAndInOrder() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Map<String, List<Long>> flaky = new ConcurrentHashMap<>();
        Map<String, List<Long>> steady = new ConcurrentHashMap<>();
        for (int version = 1; version <= VERSIONS; version++) {
            for (int order = 0; order < AGGREGATES; order++) {
                bench.publish("O-" + order, version);
            }
        }
        EventHandler failingOneInThree = event -> {
            if (calls.incrementAndGet() % 3 == 0) {
                throw new IllegalStateException("every third call fails");
            }
            flaky.computeIfAbsent(event.aggregateId(), id -> new CopyOnWriteArrayList<>()).add(event.aggregateVersion());
        };
        EventHandler counting = event -> steady.computeIfAbsent(event.aggregateId(), id -> new CopyOnWriteArrayList<>())
            .add(event.aggregateVersion());
        List<EventRelay> relays = new ArrayList<>();
        for (int relay = 0; relay < RELAYS; relay++) {
            relays.add(bench.relay(slow, subscriber("flaky", failingOneInThree), subscriber("steady", counting)));
        }
        bench.drainTogetherUntil(relays, () -> count(flaky) >= AGGREGATES * VERSIONS);

        assertThat(conflicts.get()).as("the relays really raced").isPositive();
        assertThat(count(steady)).isEqualTo(AGGREGATES * VERSIONS);
        assertThat(steady.values()).allSatisfy(versions -> assertThat(versions).isEqualTo(inOrder()));
        assertThat(count(flaky)).isEqualTo(AGGREGATES * VERSIONS);
        assertThat(flaky.values()).as("each event once, each aggregate in order")
            .allSatisfy(versions -> assertThat(versions).isEqualTo(inOrder()));
    }

    private static int count(Map<String, List<Long>> received) {
        return received.values().stream().mapToInt(List::size).sum();
    }

    private static List<Long> inOrder() {
        return LongStream.rangeClosed(1, VERSIONS).boxed().toList();
    }
}
