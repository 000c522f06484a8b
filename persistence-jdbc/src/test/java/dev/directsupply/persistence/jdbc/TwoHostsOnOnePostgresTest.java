package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.WriteBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two hosts — two store instances, each with its own connection pool — sharing one PostgreSQL keep
 * the guarantees one host has: no lost update, and no event handed to two relays.
 */
class TwoHostsOnOnePostgresTest {
    private static final String DATABASE = TestDatabases.newPostgresDatabase();
    private static final HikariDataSource POOL_A = TestDatabases.postgresPool(DATABASE, 8);
    private static final HikariDataSource POOL_B = TestDatabases.postgresPool(DATABASE, 8);
    private static final JdbcDocumentStore HOST_A = JdbcDocumentStore.builder(POOL_A).build();
    private static final JdbcDocumentStore HOST_B = JdbcDocumentStore.builder(POOL_B).build();
    private static final Instant AT = Instant.parse("2026-03-15T01:00:00Z");

    @AfterAll
    static void closePools() {
        POOL_A.close();
        POOL_B.close();
    }

    private static int counter(String body) {
        return Integer.parseInt(body.replaceAll("[^0-9]", ""));
    }

    @Test
    @DisplayName("16 threads on two hosts × 200 read-modify-writes of one document: successes + conflicts = 3,200,"
        + " final counter = successes")
    void givenTwoHostsRacingOnOneDocument_whenEachReadsModifiesWrites_thenNoLostUpdate() throws Exception {
        String id = "counter-" + UUID.randomUUID();
        HOST_A.write(WriteBatch.of(DocumentWrite.create("counters", id, "{\"n\": 0}", Map.of())));
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            JdbcDocumentStore host = t % 2 == 0 ? HOST_A : HOST_B;
            running.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    try {
                        Document current = host.read("counters", id).orElseThrow();
                        host.write(WriteBatch.builder()
                            .write(DocumentWrite.update("counters", id, current.version(),
                                "{\"n\": " + (counter(current.body()) + 1) + "}", Map.of()))
                            .event(new OutboxEvent(UUID.randomUUID(), "Incremented", "counters", id,
                                current.version() + 1, AT, "{}"))
                            .build());
                        successes.incrementAndGet();
                    } catch (StoreConflict conflict) {
                        conflicts.incrementAndGet();
                    } catch (Throwable other) {
                        unexpected.compareAndSet(null, other);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : running) {
            future.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        Document last = HOST_B.read("counters", id).orElseThrow();
        assertThat(unexpected.get()).as("no exception but conflicts").isNull();
        assertThat(successes.get() + conflicts.get()).isEqualTo(3_200);
        assertThat(counter(last.body())).isEqualTo(successes.get());
        assertThat(last.version()).isEqualTo(1L + successes.get());
        assertThat(TestDatabases.count(POOL_A, "SELECT COUNT(*) FROM ds_outbox WHERE aggregate_id = ?", id))
            .as("one outbox row per successful write").isEqualTo(successes.get());
    }

    @Test
    @DisplayName("two relays on two hosts drain one outbox: every event handed out once, none to both")
    void givenTwoRelays_whenDrainingTogether_thenEachEventExactlyOnce() throws Exception {
        // Leave no events of other tests behind to blur the count.
        while (HOST_A.relay(500, events -> { }) > 0) {
            // drained
        }
        Set<UUID> written = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            String id = "relay-" + UUID.randomUUID();
            OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "Created", "relayed", id, 1, AT, "{}");
            written.add(event.eventId());
            HOST_A.write(WriteBatch.builder().write(DocumentWrite.create("relayed", id, "{}", Map.of()))
                .event(event).build());
        }
        List<PendingEvent> byA = new CopyOnWriteArrayList<>();
        List<PendingEvent> byB = new CopyOnWriteArrayList<>();
        ExecutorService relays = Executors.newFixedThreadPool(2);
        Future<?> a = relays.submit(() -> drain(HOST_A, byA));
        Future<?> b = relays.submit(() -> drain(HOST_B, byB));
        a.get(2, TimeUnit.MINUTES);
        b.get(2, TimeUnit.MINUTES);
        relays.shutdown();

        Set<UUID> seenByA = ids(byA);
        Set<UUID> seenByB = ids(byB);
        assertThat(byA.size() + byB.size()).as("events handed out").isEqualTo(600);
        assertThat(seenByA).doesNotContainAnyElementsOf(seenByB);
        Set<UUID> all = new HashSet<>(seenByA);
        all.addAll(seenByB);
        assertThat(all).isEqualTo(written);
        assertThat(HOST_B.pendingEvents(10)).isEmpty();
    }

    private static void drain(JdbcDocumentStore host, List<PendingEvent> handled) {
        while (host.relay(10, events -> {
            handled.addAll(events);
            Thread.sleep(1); // hold the claim a moment, as a broker call would
        }) > 0) {
            // next claim
        }
    }

    private static Set<UUID> ids(List<PendingEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.event().eventId()));
        return ids;
    }
}
