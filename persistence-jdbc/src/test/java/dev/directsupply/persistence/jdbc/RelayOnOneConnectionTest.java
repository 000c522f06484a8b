package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relay on a pool of one connection, as the SDK's relay uses it: its handler reads and writes the
 * store it relays from. The relay holds no connection while the handler runs, so the one connection is
 * free for the handler (before, the relay held it for its transaction, and the handler's first read
 * waited for the pool until the pool gave up).
 */
class RelayOnOneConnectionTest {
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    static Stream<Arguments> poolsOfOne() {
        return Stream.of(
            Arguments.of("H2", (Supplier<HikariDataSource>) () -> TestDatabases.impatient(TestDatabases.h2Pool(1))),
            Arguments.of("PostgreSQL", (Supplier<HikariDataSource>) () -> TestDatabases.impatient(
                TestDatabases.postgresPool(TestDatabases.newPostgresDatabase(), 1))));
    }

    private static void writeEvents(JdbcDocumentStore store, String id, int count) {
        for (int version = 1; version <= count; version++) {
            store.write(WriteBatch.builder()
                .write(DocumentWrite.update("orders", id, version - 1, "{\"v\": " + version + "}", Map.of()))
                .event(new OutboxEvent(UUID.randomUUID(), "V" + version, "orders", id, version, AT, "{}"))
                .build());
        }
    }

    /** What the SDK's relay does for each event: looks for its note, and writes one. */
    private static void noteEach(JdbcDocumentStore store, List<PendingEvent> events) {
        for (PendingEvent event : events) {
            String note = "note-" + event.event().eventId();
            assertThat(store.read("relay-inbox", note)).isEmpty();
            store.write(WriteBatch.of(DocumentWrite.create("relay-inbox", note, "{}", Map.of())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poolsOfOne")
    @DisplayName("on a pool of one connection, a relay whose handler reads and writes the store relays every event")
    void givenPoolOfOne_whenHandlerReadsAndWritesTheStore_thenEveryEventRelayed(String database,
                                                                                Supplier<HikariDataSource> pool) {
        try (HikariDataSource one = pool.get()) {
            JdbcDocumentStore store = JdbcDocumentStore.builder(one).build();
            writeEvents(store, "o-1", 5);

            int relayed = store.relay(10, events -> noteEach(store, events));

            assertThat(relayed).isEqualTo(5);
            assertThat(store.pendingEvents(10)).isEmpty();
            assertThat(store.scan("relay-inbox", null, 10).documents()).hasSize(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poolsOfOne")
    @DisplayName("on a pool of one connection, a handler that fails after writing gives its events back at once")
    void givenPoolOfOne_whenHandlerFails_thenEventsPendingForTheNextRelay(String database,
                                                                         Supplier<HikariDataSource> pool) {
        try (HikariDataSource one = pool.get()) {
            JdbcDocumentStore store = JdbcDocumentStore.builder(one).build();
            writeEvents(store, "o-1", 2);
            List<PendingEvent> before = store.pendingEvents(10);

            assertThatThrownBy(() -> store.relay(10, events -> {
                noteEach(store, events);
                throw new IllegalStateException("broker down");
            })).isInstanceOf(IllegalStateException.class);
            List<PendingEvent> again = new ArrayList<>();

            assertThat(store.pendingEvents(10)).isEqualTo(before);
            assertThat(store.relay(10, again::addAll)).isEqualTo(2);
            assertThat(again).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poolsOfOne")
    @DisplayName("a relay started while another holds its claim skips the claimed events, until the claim lapses")
    void givenClaimHeld_whenAnotherRelayRuns_thenClaimedEventsSkippedUntilTheLeaseLapses(String database,
                                                                                        Supplier<HikariDataSource> pool) {
        try (HikariDataSource one = pool.get()) {
            JdbcDocumentStore store = JdbcDocumentStore.builder(one).build();
            JdbcDocumentStore hasty = JdbcDocumentStore.builder(one).relayLease(Duration.ofMillis(50)).build();
            writeEvents(store, "o-1", 3);
            List<PendingEvent> meanwhile = new ArrayList<>();
            List<PendingEvent> afterLapse = new ArrayList<>();

            store.relay(2, events -> {
                assertThat(store.relay(10, meanwhile::addAll)).as("a relay beside the claim").isZero();
            });
            hasty.relay(1, events -> {
                Thread.sleep(200);
                store.relay(10, afterLapse::addAll);
            });

            assertThat(meanwhile).as("the third event waits for the aggregate's first two").isEmpty();
            assertThat(afterLapse).extracting(e -> e.event().type()).as("the lapsed claim's event went out again")
                .containsExactly("V3");
            assertThat(store.pendingEvents(10)).isEmpty();
        }
    }
}
