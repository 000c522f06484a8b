package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.sdk.internal.relay.HeldDelivery;
import dev.directsupply.sdk.internal.relay.Ledger;
import dev.directsupply.sdk.internal.relay.SealedNotes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the relay keeps does not grow with the events, and is let go only when no event can come round again. */
class RelayPruningTest {
    private final RelayBench bench = new RelayBench();

    private Ledger ledger(String subscriber) {
        return SealedNotes.content(bench.store.read(EventRelay.INBOX, subscriber).orElseThrow().body(), Ledger.class);
    }

    @Test
    @DisplayName("2,000 events to two subscribers leave one ledger each, not a note per subscriber and event")
    void givenTwoThousandEvents_whenRelayed_thenOneLedgerPerSubscriber() {
        for (int order = 0; order < 2_000; order++) {
            bench.publish("O-" + order);
        }
        EventRelay relay = bench.relay(bench.store, subscriber("warehouse", e -> { }), subscriber("erp", e -> { }));

        relay.drain();
        relay.prune();

        assertThat(bench.store.size(EventRelay.INBOX)).isEqualTo(2);
        assertThat(bench.store.size(EventRelay.FAILURES)).isZero();
        assertThat(ledger("erp").receipts()).as("every event is dispatched: none can come round again").isEmpty();
    }

    @Test
    @DisplayName("a failed delivery that went through keeps its figures for the retention, then is emptied")
    void givenResolvedFailure_whenRetentionPassed_thenPruned() {
        AtomicBoolean down = new AtomicBoolean(true);
        OutboxEvent event = bench.publish("O-1");
        EventRelay relay = bench.relay(bench.store, subscriber("erp", e -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("down");
            }
        }));
        relay.drain();
        bench.drainLater(relay);
        String id = "erp:" + event.eventId();
        assertThat(held(id).state()).isEqualTo(HeldDelivery.State.RESOLVED);
        assertThat(held(id).event().payload()).as("the payload goes once delivered").isEqualTo("{}");
        assertThat(held(id).error()).isNull();

        bench.clock.advance(Duration.ofDays(RelayBench.PARAMETERS.retentionDays()).minusMinutes(5));
        int early = relay.prune();
        bench.clock.advance(Duration.ofMinutes(10));
        int due = relay.prune();

        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(held(id).state()).isEqualTo(HeldDelivery.State.PRUNED);
        assertThat(bench.store.findBy(EventRelay.FAILURES, HeldDelivery.RESOLVED, "true")).isEmpty();
    }

    @Test
    @DisplayName("pruning long after a delivery does not let an event that is still pending reach its subscriber twice")
    void givenRunNotMarkedDispatched_whenPrunedLongAfter_thenStillDeliveredOnce() {
        AtomicInteger delivered = new AtomicInteger();
        AtomicBoolean crashBeforeMarking = new AtomicBoolean(true);
        DocumentStore forgetful = new ForwardingDocumentStore(bench.store) {
            @Override
            public int relay(int limit, OutboxHandler handler) {
                if (crashBeforeMarking.getAndSet(false)) {
                    try {
                        handler.handle(pendingEvents(limit));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("the host died before the run was marked dispatched");
                }
                return super.relay(limit, handler);
            }
        };
        bench.publish("O-1");
        EventRelay relay = bench.relay(forgetful, subscriber("erp", e -> delivered.incrementAndGet()));
        try {
            relay.drain();
        } catch (IllegalStateException crashed) {
            // The run stays pending.
        }

        bench.clock.advance(Duration.ofDays(365));
        relay.prune();
        relay.drain();

        assertThat(delivered).hasValue(1);
        assertThat(bench.store.pendingEvents(10)).isEmpty();
    }

    private HeldDelivery held(String id) {
        Document document = bench.store.read(EventRelay.FAILURES, id).orElseThrow();
        return SealedNotes.content(document.body(), HeldDelivery.class);
    }
}
