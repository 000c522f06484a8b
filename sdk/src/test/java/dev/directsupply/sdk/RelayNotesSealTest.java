package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.AUDITOR;
import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.sdk.internal.relay.HeldDelivery;
import dev.directsupply.sdk.internal.relay.Ledger;
import dev.directsupply.sdk.internal.relay.SealedNotes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.1 the relay's own notes — ledgers and held deliveries — are sealed, and one that does not
 * match its seal is not trusted: the events it vouched for reach the subscriber again, the host hears,
 * and a sealed note replaces it. The forged ledger on every store is in the tamper suite; here, on the
 * relay's bench, the held deliveries and the notes of the version before.
 */
class RelayNotesSealTest {
    private final RelayBench bench = new RelayBench();
    private final List<String> tampered = new CopyOnWriteArrayList<>();
    private final RelayListener listener = RelayBench.hearingTampering(tampered);

    /** A write behind the relay's back, as someone editing the database would make it. */
    private void writeBehindItsBack(String collection, String id, String body, Map<String, String> attributes) {
        var there = bench.store.read(collection, id);
        bench.store.write(WriteBatch.of(there.isEmpty() ? DocumentWrite.create(collection, id, body, attributes)
            : DocumentWrite.update(collection, id, there.get().version(), body, attributes)));
    }

    private PendingEvent pending(OutboxEvent event) {
        return bench.store.pendingEvents(100).stream().filter(each -> each.event().eventId().equals(event.eventId()))
            .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("DS-7.2.1 a forged parked delivery does not keep an event from its subscriber: it is delivered, the host hears once")
    void givenForgedParkedDelivery_whenDrained_thenEventDeliveredAndHostTold() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        OutboxEvent event = bench.publish("O-1");
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, listener,
            subscriber("crm", each -> delivered.add(each.aggregateId())));
        HeldDelivery forged = HeldDelivery.of("crm", pending(event), bench.clock.instant())
            .parked(EventRelay.MAX_ATTEMPTS, "made up", bench.clock.instant());
        writeBehindItsBack(EventRelay.FAILURES, HeldDelivery.id("crm", event), Json.write(forged), forged.attributes());

        relay.drain();
        relay.drain();

        assertThat(delivered).containsExactly("O-1");
        assertThat(tampered).singleElement().asString().startsWith("crm: relay-failures/crm:" + event.eventId())
            .contains("no seal");
        assertThat(relay.parked(AUDITOR)).isEmpty();
        assertThat(relay.health()).singleElement().satisfies(health -> {
            assertThat(health.pending()).isZero();
            assertThat(health.parked()).isZero();
        });
    }

    @Test
    @DisplayName("DS-7.2.1 a waiting delivery whose next attempt was moved to the year 9999 is caught and delivered when due")
    void givenWaitingDeliveryPostponedInTheDatabase_whenDrainedLater_thenDelivered() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        OutboxEvent event = bench.publish("O-1");
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, listener, subscriber("erp", each -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the ERP is down");
            }
            delivered.add(each.aggregateId());
        }));
        relay.drain();
        String id = HeldDelivery.id("erp", event);
        Document held = bench.store.read(EventRelay.FAILURES, id).orElseThrow();
        ObjectNode postponed = (ObjectNode) Json.mapper().readTree(held.body());
        String never = Instant.parse("9999-12-31T00:00:00Z").toString();
        postponed.put("nextAttempt", never);
        Map<String, String> attributes = new java.util.HashMap<>(held.attributes());
        attributes.put(HeldDelivery.DUE, never);

        writeBehindItsBack(EventRelay.FAILURES, id, postponed.toString(), attributes);
        bench.drainLater(relay);

        assertThat(delivered).containsExactly("O-1");
        assertThat(tampered).singleElement().asString().contains("erp: relay-failures/" + id)
            .contains("seal does not match");
        assertThat(SealedNotes.content(bench.store.read(EventRelay.FAILURES, id).orElseThrow().body(),
            HeldDelivery.class).state()).isEqualTo(HeldDelivery.State.RESOLVED);
    }

    @Test
    @DisplayName("DS-7.2.1 a ledger from the relay before notes were sealed is not trusted: its receipts are absent, "
        + "the host hears once, and a sealed ledger replaces it")
    void givenUnsealedLedgerOfThePreviousVersion_whenDrained_thenReceiptsDistrustedAndLedgerSealed() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        OutboxEvent event = bench.publish("O-1");
        Ledger before = Ledger.empty("crm").succeeded(pending(event).sequence(), event.eventId(),
            bench.clock.instant(), 0);
        writeBehindItsBack(EventRelay.INBOX, "crm", Json.write(before), Map.of());
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, listener,
            subscriber("crm", each -> delivered.add(each.aggregateId())));

        relay.drain();
        relay.drain();
        relay.health();

        assertThat(delivered).as("delivered again: at least once").containsExactly("O-1");
        assertThat(tampered).singleElement().asString().startsWith("crm: relay-inbox/crm").contains("no seal");
        assertThat(new SealedNotes(RelayBench.SEAL).read(bench.store.read(EventRelay.INBOX, "crm").orElseThrow(),
            Ledger.class).trust()).isEqualTo(SealedNotes.Trust.SEALED);
    }

    @Test
    @DisplayName("DS-7.2.1 a sealed ledger copied to another subscriber does not match there")
    void givenLedgerCopiedToAnotherSubscriber_whenDrained_thenDistrusted() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        OutboxEvent event = bench.publish("O-1");
        SealedNotes notes = new SealedNotes(RelayBench.SEAL);
        Ledger genuine = Ledger.empty("crm").succeeded(pending(event).sequence(), event.eventId(),
            bench.clock.instant(), 0);
        writeBehindItsBack(EventRelay.INBOX, "erp", notes.body(EventRelay.INBOX, "crm", genuine, Map.of()), Map.of());
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, listener,
            subscriber("erp", each -> delivered.add(each.aggregateId())));

        relay.drain();

        assertThat(delivered).containsExactly("O-1");
        assertThat(tampered).singleElement().asString().startsWith("erp: relay-inbox/erp").contains("does not match");
    }

    @Test
    @DisplayName("DS-7.2.1 nothing tampered: 300 events, a subscriber failing one call in three, parks, retries and "
        + "pruning read every note again: 0 false alarms")
    void givenNothingTampered_whenRelayedWithFailures_thenNoTamperNotice() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger steady = new AtomicInteger();
        for (int i = 0; i < 300; i++) {
            bench.publish("O-" + (i % 40), i / 40 + 1);
        }
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, listener,
            subscriber("flaky", each -> {
                if (calls.incrementAndGet() % 3 == 0) {
                    throw new IllegalStateException("every third call fails");
                }
            }), subscriber("steady", each -> steady.incrementAndGet()));

        relay.drain();
        for (int round = 0; round < 40; round++) {
            bench.drainLater(relay);
        }
        relay.retryParked();
        relay.health();
        relay.parked(AUDITOR);
        bench.clock.advance(Duration.ofDays(RelayBench.PARAMETERS.retentionDays() + 1));
        relay.prune();
        relay.drain();

        assertThat(steady).hasValue(300);
        assertThat(bench.store.size(EventRelay.FAILURES)).as("held deliveries were written and read").isPositive();
        assertThat(tampered).isEmpty();
    }
}
