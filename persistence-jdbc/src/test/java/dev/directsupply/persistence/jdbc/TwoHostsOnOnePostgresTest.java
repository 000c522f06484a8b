package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.persistence.tck.Race;
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

        Race race = Race.run(16, 200, thread -> {
            JdbcDocumentStore host = thread % 2 == 0 ? HOST_A : HOST_B;
            return () -> {
                Document current = host.read("counters", id).orElseThrow();
                host.write(WriteBatch.builder()
                    .write(DocumentWrite.update("counters", id, current.version(),
                        "{\"n\": " + (counter(current.body()) + 1) + "}", Map.of()))
                    .event(new OutboxEvent(UUID.randomUUID(), "Incremented", "counters", id, current.version() + 1, AT,
                        "{}"))
                    .build());
            };
        });

        Document last = HOST_B.read("counters", id).orElseThrow();
        assertThat(race.unexpected()).as("no exception but conflicts").isNull();
        assertThat(race.attempts()).isEqualTo(3_200);
        assertThat(counter(last.body())).isEqualTo(race.successes());
        assertThat(last.version()).isEqualTo(1L + race.successes());
        assertThat(TestDatabases.count(POOL_A, "SELECT COUNT(*) FROM ds_outbox WHERE aggregate_id = ?", id))
            .as("one outbox row per successful write").isEqualTo(race.successes());
    }

    @Test
    @DisplayName("two relays on two hosts drain one outbox: every event handed out once, none to both, "
        + "and one aggregate's events in version order")
    void givenTwoRelays_whenDrainingTogether_thenEachEventExactlyOnceAndInOrder() throws Exception {
        // Leave no events of other tests behind to blur the count.
        while (HOST_A.relay(500, events -> { }) > 0) {
            // drained
        }
        Set<UUID> written = new HashSet<>();
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String id = "relay-" + UUID.randomUUID();
            aggregates.add(id);
            for (long version = 1; version <= 6; version++) {
                OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "V" + version, "relayed", id, version, AT, "{}");
                written.add(event.eventId());
                HOST_A.write(WriteBatch.builder()
                    .write(new DocumentWrite("relayed", id, version - 1, "{}", Map.of(), ""))
                    .event(event).build());
            }
        }
        List<PendingEvent> handedOut = new CopyOnWriteArrayList<>();
        List<PendingEvent> byA = new CopyOnWriteArrayList<>();
        List<PendingEvent> byB = new CopyOnWriteArrayList<>();
        List<PendingEvent> heldByA = new CopyOnWriteArrayList<>();
        List<PendingEvent> claimedByBMeanwhile = new CopyOnWriteArrayList<>();
        CountDownLatch aHoldsAClaim = new CountDownLatch(1);
        CountDownLatch bRelayedMeanwhile = new CountDownLatch(1);
        ExecutorService relays = Executors.newFixedThreadPool(2);
        Future<?> a = relays.submit(() -> {
            // A's first claim stays open until B has relayed something beside it.
            HOST_A.relay(10, events -> {
                handedOut.addAll(events);
                byA.addAll(events);
                heldByA.addAll(events);
                aHoldsAClaim.countDown();
                bRelayedMeanwhile.await(1, TimeUnit.MINUTES);
            });
            drain(HOST_A, byA, handedOut);
        });
        Future<?> b = relays.submit(() -> {
            aHoldsAClaim.await(1, TimeUnit.MINUTES);
            HOST_B.relay(10, events -> {
                handedOut.addAll(events);
                byB.addAll(events);
                claimedByBMeanwhile.addAll(events);
            });
            bRelayedMeanwhile.countDown();
            drain(HOST_B, byB, handedOut);
            return null;
        });
        a.get(2, TimeUnit.MINUTES);
        b.get(2, TimeUnit.MINUTES);
        relays.shutdown();

        assertThat(claimedByBMeanwhile).as("B relayed while A held its claim").isNotEmpty();
        assertThat(aggregatesOf(claimedByBMeanwhile))
            .as("B took none of the aggregates A held: their later events wait for A to finish")
            .doesNotContainAnyElementsOf(aggregatesOf(heldByA));
        assertThat(handedOut).hasSize(600);
        Set<UUID> seenByA = ids(byA);
        Set<UUID> seenByB = ids(byB);
        assertThat(seenByA).doesNotContainAnyElementsOf(seenByB);
        Set<UUID> all = new HashSet<>(seenByA);
        all.addAll(seenByB);
        assertThat(all).isEqualTo(written);
        for (String aggregate : aggregates) {
            assertThat(handedOut).filteredOn(e -> e.event().aggregateId().equals(aggregate))
                .extracting(e -> e.event().aggregateVersion())
                .as("events of %s in the order handed out", aggregate)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
        assertThat(HOST_B.pendingEvents(10)).isEmpty();
    }

    private static void drain(JdbcDocumentStore host, List<PendingEvent> mine, List<PendingEvent> handedOut) {
        int idle = 0;
        while (idle < 20) {
            int count = host.relay(10, events -> {
                handedOut.addAll(events);
                mine.addAll(events);
            });
            idle = count == 0 ? idle + 1 : 0;
            if (count == 0 && host.pendingEvents(1).isEmpty()) {
                return;
            }
        }
    }

    private static Set<String> aggregatesOf(List<PendingEvent> events) {
        Set<String> aggregates = new HashSet<>();
        events.forEach(e -> aggregates.add(e.event().aggregateId()));
        return aggregates;
    }

    private static Set<UUID> ids(List<PendingEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.event().eventId()));
        return ids;
    }
}
