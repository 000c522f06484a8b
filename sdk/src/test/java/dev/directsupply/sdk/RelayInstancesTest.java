package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.sdk.internal.relay.Ledger;
import dev.directsupply.sdk.internal.relay.SealedNotes;
import java.time.Duration;
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
 * SDK instances with names on one store keep a ledger per subscriber each (ADR 0030): they never
 * write the same one, and each honours what the others noted — the events they took, the rests their
 * subscribers earned.
 */
class RelayInstancesTest {
    private final RelayBench bench = new RelayBench();
    private final List<String> tampered = new CopyOnWriteArrayList<>();
    private final RelayListener listener = RelayBench.hearingTampering(tampered);

    private EventRelay relay(DocumentStore on, String instance, EventHandler handler) {
        return bench.relay(on, instance, RelayBench.PARAMETERS, listener, subscriber("erp", handler));
    }

    /** A store that hands out the first run without marking it: its relay crashed after the subscribers took it. */
    private DocumentStore crashingOnce() {
        return new ForwardingDocumentStore(bench.store) {
            private boolean crashed;

            @Override
            public int relay(int limit, OutboxHandler handler) {
                if (crashed) {
                    return super.relay(limit, handler);
                }
                crashed = true;
                try {
                    handler.handle(pendingEvents(limit));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return 0;
            }
        };
    }

    private Ledger ledger(String id) {
        return SealedNotes.content(bench.store.read(EventRelay.INBOX, id).orElseThrow().body(), Ledger.class);
    }

    @Test
    @DisplayName("a named instance notes what its subscribers took in a ledger of its own, named after the subscriber and the instance")
    void givenNamedInstance_whenDrained_thenLedgerUnderSubscriberAtInstance() {
        bench.publish("O-1");

        relay(bench.store, "host-a", event -> { }).drain();

        assertThat(bench.store.read(EventRelay.INBOX, "erp@host-a")).isPresent();
        assertThat(bench.store.read(EventRelay.INBOX, "erp")).isEmpty();
        assertThat(ledger("erp@host-a").lastSuccess()).isEqualTo(bench.clock.instant());
    }

    @Test
    @DisplayName("an event one instance took before it crashed, handed out again to another instance, is skipped there")
    void givenRunTakenOnOneInstanceAndNotMarked_whenAnotherDrains_thenSubscriberGetsItOnce() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        bench.publish("O-1");
        bench.publish("O-2");

        relay(crashingOnce(), "host-a", event -> delivered.add(event.aggregateId())).drain();
        relay(bench.store, "host-b", event -> delivered.add(event.aggregateId())).drain();

        assertThat(delivered).containsExactly("O-1", "O-2");
        assertThat(bench.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("the ledger an instance without a name kept is honoured by named instances: no event comes round twice on upgrading")
    void givenLedgerOfUnnamedInstance_whenNamedInstanceDrains_thenItsReceiptsHonoured() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        bench.publish("O-1");

        relay(crashingOnce(), "", event -> delivered.add("before " + event.aggregateId())).drain();
        relay(bench.store, "host-a", event -> delivered.add("after " + event.aggregateId())).drain();

        assertThat(delivered).containsExactly("before O-1");
        assertThat(bench.store.read(EventRelay.INBOX, "erp")).isPresent();
    }

    @Test
    @DisplayName("a subscriber resting after a failure on one instance rests on every instance: its new events are held there")
    void givenSubscriberFailedOnOneInstance_whenAnotherDrains_thenItRestsThereToo() {
        AtomicInteger calls = new AtomicInteger();
        bench.publish("O-1");
        relay(bench.store, "host-a", event -> {
            calls.incrementAndGet();
            throw new IllegalStateException("the ERP is down");
        }).drain();
        bench.publish("O-2");
        EventRelay other = relay(bench.store, "host-b", event -> calls.incrementAndGet());

        other.drain();

        assertThat(calls).as("called once, on host-a").hasValue(1);
        assertThat(other.health()).singleElement().satisfies(health -> {
            assertThat(health.pending()).isEqualTo(2);
            assertThat(health.failuresInARow()).isEqualTo(1);
            assertThat(health.restingUntil()).isPresent();
        });
    }

    @Test
    @DisplayName("health reads every instance's ledger: the latest success of one and the failures of another")
    void givenSuccessOnOneInstanceAndFailureOnAnother_whenHealthAsked_thenBothShown() {
        bench.publish("O-1");
        relay(bench.store, "host-a", event -> { }).drain();
        java.time.Instant succeeded = bench.clock.instant();
        bench.clock.advance(Duration.ofMinutes(5));
        bench.publish("O-2");
        EventRelay failing = relay(bench.store, "host-b", event -> {
            throw new IllegalStateException("the ERP is down");
        });
        failing.drain();

        assertThat(failing.health()).singleElement().satisfies(health -> {
            assertThat(health.lastSuccess()).contains(succeeded);
            assertThat(health.lastFailure()).contains(bench.clock.instant());
            assertThat(health.failuresInARow()).isEqualTo(1);
        });
        assertThat(relay(bench.store, "host-a", event -> { }).health()).singleElement()
            .satisfies(health -> assertThat(health.failuresInARow()).isEqualTo(1));
    }

    @Test
    @DisplayName("DS-7.2.1 another instance's ledger edited in the database is not trusted: its receipts are absent, the host hears, a sealed one replaces it")
    void givenOtherInstancesLedgerEdited_whenDrained_thenNotTrustedAndReplaced() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        var event = bench.publish("O-1");
        Ledger forged = Ledger.empty("erp").succeeded(1, event.eventId(), bench.clock.instant(), 1);
        bench.store.write(WriteBatch.of(DocumentWrite.create(EventRelay.INBOX, "erp@host-a", Json.write(forged),
            Map.of("ledger", "true"))));

        relay(bench.store, "host-b", each -> delivered.add(each.aggregateId())).drain();

        assertThat(delivered).as("the forged receipt did not hold the event back").containsExactly("O-1");
        assertThat(tampered).singleElement().asString().startsWith("erp: relay-inbox/erp@host-a");
        Document replaced = bench.store.read(EventRelay.INBOX, "erp@host-a").orElseThrow();
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(SealedNotes.content(replaced.body(), Ledger.class).receipts()).isEmpty();
    }

    @Test
    @DisplayName("an instance's name is checked: lower-case letters, digits, dots and hyphens, at most 63")
    void givenBadInstanceName_whenBuilding_thenRefused() {
        for (String bad : new String[] {"", "Host-A", "-host", "host a", "host@a", "a".repeat(64), null}) {
            assertThatThrownBy(() -> DirectSupply.builder().instance(bad))
                .as("'%s'", bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instance");
        }
        assertThat(DirectSupply.builder().instance("host-1.example").instance("a".repeat(63))).isNotNull();
    }

    @Test
    @Timeout(300)
    @DisplayName("three named instances relaying at once, a subscriber failing one call in three, never conflict on a ledger; each event reaches it once, in order")
    void givenThreeNamedInstancesOnOneStore_whenDrainedTogether_thenNoLedgerConflictsAndEachEventOnce() throws Exception {
        assertThat(ledgerConflictsRacing("host-a", "host-b", "host-c")).isZero();
    }

    @Test
    @Timeout(300)
    @DisplayName("three instances without names on the same race do conflict on their shared ledger, and still deliver each event once, in order")
    void givenThreeUnnamedInstancesOnOneStore_whenDrainedTogether_thenLedgerConflictsButEachEventOnce() throws Exception {
        assertThat(ledgerConflictsRacing("", "", "")).as("the race is real").isPositive();
    }

    /**
     * Relays on the instances at once, round after round, until a subscriber failing one call in three
     * took every event; checks that it took each once, each aggregate in order, and returns how many
     * ledger writes conflicted.
     */
    private int ledgerConflictsRacing(String... instances) throws Exception {
        RelayBench race = new RelayBench();
        int aggregates = 20;
        int versions = 6;
        AtomicInteger ledgerConflicts = new AtomicInteger();
        DocumentStore slow = new ForwardingDocumentStore(race.store) {
            @Override
            public void write(WriteBatch batch) {
                boolean ledger = batch.documents().stream().anyMatch(write -> write.collection().equals(EventRelay.INBOX));
                if (ledger) {
                    LockSupport.parkNanos(300_000);
                }
                try {
                    super.write(batch);
                } catch (StoreConflict conflict) {
                    if (ledger) {
                        ledgerConflicts.incrementAndGet();
                    }
                    throw conflict;
                }
            }
        };
        for (int version = 1; version <= versions; version++) {
            for (int order = 0; order < aggregates; order++) {
                race.publish("O-" + order, version);
            }
        }
        AtomicInteger calls = new AtomicInteger();
        Map<String, List<Long>> received = new ConcurrentHashMap<>();
        EventHandler failingOneInThree = event -> {
            if (calls.incrementAndGet() % 3 == 0) {
                throw new IllegalStateException("every third call fails");
            }
            received.computeIfAbsent(event.aggregateId(), id -> new CopyOnWriteArrayList<>())
                .add(event.aggregateVersion());
        };
        List<EventRelay> relays = new ArrayList<>();
        for (String instance : instances) {
            relays.add(race.relay(slow, instance, RelayBench.PARAMETERS, listener, subscriber("erp", failingOneInThree)));
        }
        race.drainTogetherUntil(relays, () -> count(received) >= aggregates * versions);
        assertThat(received).hasSize(aggregates);
        assertThat(received.values()).as("each event once, each aggregate in order")
            .allSatisfy(each -> assertThat(each).isEqualTo(LongStream.rangeClosed(1, versions).boxed().toList()));
        assertThat(tampered).isEmpty();
        return ledgerConflicts.get();
    }

    private static int count(Map<String, List<Long>> received) {
        return received.values().stream().mapToInt(List::size).sum();
    }
}
