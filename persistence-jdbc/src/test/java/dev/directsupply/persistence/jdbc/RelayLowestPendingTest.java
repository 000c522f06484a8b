package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.RunHandler;
import dev.directsupply.persistence.RunNotes;
import dev.directsupply.persistence.WriteBatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lowest pending sequence the adapter tells a run it claimed (the relay trims its ledgers'
 * receipts below it): it counts events another relay holds claimed, which this claim skips.
 */
class RelayLowestPendingTest {
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    static Stream<Arguments> pools() {
        return Stream.of(
            Arguments.of("H2", (Supplier<HikariDataSource>) () -> TestDatabases.h2Pool(4)),
            Arguments.of("PostgreSQL", (Supplier<HikariDataSource>) () -> TestDatabases.postgresPool(
                TestDatabases.newPostgresDatabase(), 4)));
    }

    private static OutboxEvent publish(JdbcDocumentStore store, String id) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "Placed", "orders", id, 1, AT, "{}");
        store.write(WriteBatch.builder().write(DocumentWrite.create("orders", id, "{}", Map.of())).event(event)
            .build());
        return event;
    }

    private static long sequenceOf(JdbcDocumentStore store, OutboxEvent event) {
        return store.pendingEvents(10).stream().filter(pending -> pending.event().eventId().equals(event.eventId()))
            .findFirst().orElseThrow().sequence();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pools")
    @DisplayName("a run is told a lowest pending sequence no higher than an earlier event another relay holds claimed")
    void givenEarlierEventClaimedByAnotherRelay_whenThisRelayClaims_thenLowestPendingCountsIt(
        String database, Supplier<HikariDataSource> pools) throws Exception {
        try (HikariDataSource pool = pools.get()) {
            JdbcDocumentStore store = JdbcDocumentStore.builder(pool).build();
            long held = sequenceOf(store, publish(store, "o-1"));
            long later = sequenceOf(store, publish(store, "o-2"));
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> store.relayWithNotes(1, 1,
                events -> {
                    claimed.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return null;
                }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).as("the other relay claimed o-1").isTrue();
            AtomicLong told = new AtomicLong(-1);
            AtomicLong handed = new AtomicLong(-1);

            int relayed = store.relayWithNotes(10, 100, new RunHandler() {
                @Override
                public RunNotes handle(List<PendingEvent> events) {
                    throw new AssertionError("the adapter tells the lowest pending sequence");
                }

                @Override
                public RunNotes handle(List<PendingEvent> events, long lowestPending) {
                    handed.set(events.get(0).sequence());
                    told.set(lowestPending);
                    return null;
                }
            });
            release.countDown();

            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(relayed).isEqualTo(1);
            assertThat(handed).as("this relay's run").hasValue(later);
            assertThat(told.get()).as("lowest pending told").isBetween(1L, held);
            assertThat(store.pendingEvents(10)).isEmpty();
        }
    }
}
