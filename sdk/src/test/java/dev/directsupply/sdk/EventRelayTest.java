package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The relay on its own: one store, events put in its outbox by hand, subscribers of the test's. */
class EventRelayTest {
    private static final String TYPE = "orders.OrderReceived";

    private final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    private OutboxEvent publish(String aggregateId) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), TYPE, "orders", aggregateId, 1, clock.instant(),
            "{\"order\":\"" + aggregateId + "\"}");
        store.write(WriteBatch.builder().write(DocumentWrite.create("orders", aggregateId, "{}", Map.of()))
            .event(event).build());
        return event;
    }

    private EventRelay relay(DocumentStore on, Subscription... subscriptions) {
        return new EventRelay(on, List.of(subscriptions), clock);
    }

    private static Subscription subscriber(String name, EventHandler handler) {
        return new Subscription(name, TYPE, handler);
    }

    @Test
    @DisplayName("the background relay runs only every positive duration")
    void givenNoneZeroOrNegativeDuration_whenStarted_thenRefused() {
        try (EventRelay relay = relay(store)) {
            assertThatThrownBy(() -> relay.start(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> relay.start(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> relay.start(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        }
    }

    @Test
    @DisplayName("the background relay delivers on its own daemon thread, and starts once until closed")
    void givenStartedRelay_whenEventPublished_thenDeliveredOnADaemonThread() throws InterruptedException {
        AtomicReference<Thread> deliveredOn = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        publish("O-1");
        try (EventRelay relay = relay(store, subscriber("erp", event -> {
            deliveredOn.set(Thread.currentThread());
            delivered.countDown();
        }))) {
            relay.start(Duration.ofMillis(10));

            assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(deliveredOn.get().isDaemon()).as("a host's JVM may exit under it").isTrue();
            assertThat(deliveredOn.get().getName()).isEqualTo("directsupply-event-relay");
            assertThatThrownBy(() -> relay.start(Duration.ofMillis(10))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("a closed relay may be started again; closing the SDK closes its relay")
    void givenClosedRelay_whenStartedAgain_thenRuns() {
        DirectSupply sdk = DirectSupply.builder().clock(clock).build();
        sdk.events().start(Duration.ofHours(1));

        sdk.close();

        sdk.events().start(Duration.ofHours(1));
        sdk.close();
        sdk.close();
    }

    @Test
    @DisplayName("a failure names the subscriber, the event and the error; an SDK error in English")
    void givenFailingSubscribers_whenDrained_thenFailuresDescribed() {
        OutboxEvent event = publish("O-1");
        EventRelay plain = relay(store, subscriber("erp", e -> {
            throw new IllegalStateException("the ERP is down");
        }));
        EventRelay known = relay(store, subscriber("crm", e -> {
            throw new NotFound("order", "O-9");
        }));

        assertThat(plain.drain().failures()).containsExactly(
            "erp failed on " + TYPE + " " + event.eventId() + ": IllegalStateException: the ERP is down");
        assertThat(known.drain().failures()).singleElement().asString()
            .startsWith("crm failed on " + TYPE + " " + event.eventId() + ": ")
            .doesNotContain("NotFound").contains("O-9");
        assertThat(store.pendingEvents(10)).as("left for the next round").hasSize(1);
    }

    @Test
    @DisplayName("a failure counted by another relay at the same moment does not park the event")
    void givenFailureCountRacing_whenDrained_thenNotParked() {
        DocumentStore racing = new ForwardingDocumentStore(store) {
            @Override
            public void write(WriteBatch batch) {
                if (batch.documents().get(0).collection().equals(EventRelay.FAILURES)) {
                    throw new VersionConflict(EventRelay.FAILURES, batch.documents().get(0).id(), 0, 1);
                }
                super.write(batch);
            }
        };
        publish("O-1");
        EventRelay relay = relay(racing, subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));

        for (int round = 0; round <= EventRelay.MAX_ATTEMPTS; round++) {
            assertThat(relay.drain().failures()).hasSize(1);
        }

        assertThat(relay.parked()).isEmpty();
        assertThat(store.pendingEvents(10)).hasSize(1);
    }

    @Test
    @DisplayName("a parked event goes back to the subscriber it was parked for, not another of its type")
    void givenTwoSubscribersOneParked_whenRetried_thenOnlyThatOneHandedItAgain() {
        AtomicInteger warehouse = new AtomicInteger();
        AtomicInteger erp = new AtomicInteger();
        AtomicBoolean erpDown = new AtomicBoolean(true);
        publish("O-1");
        EventRelay relay = relay(store, subscriber("warehouse", e -> warehouse.incrementAndGet()),
            subscriber("erp", e -> {
                erp.incrementAndGet();
                if (erpDown.get()) {
                    throw new IllegalStateException("down");
                }
            }));
        for (int round = 0; round < EventRelay.MAX_ATTEMPTS; round++) {
            relay.drain();
        }
        erpDown.set(false);

        assertThat(relay.retryParked()).isEqualTo(1);

        assertThat(erp).hasValue(EventRelay.MAX_ATTEMPTS + 1);
        assertThat(warehouse).hasValue(1);
    }

    @Test
    @DisplayName("an event parked for a subscriber that is gone stays parked")
    void givenParkedForAGoneSubscriber_whenRetried_thenLeftParked() {
        publish("O-1");
        EventRelay before = relay(store, subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));
        for (int round = 0; round < EventRelay.MAX_ATTEMPTS; round++) {
            before.drain();
        }

        EventRelay after = relay(store, subscriber("warehouse", e -> { }));

        assertThat(after.retryParked()).isZero();
        assertThat(after.parked()).singleElement().satisfies(parked -> assertThat(parked)
            .containsEntry("subscriber", "erp"));
    }

    @Test
    @DisplayName("one drain stops after its number of rounds, so that it returns under constant load")
    void givenEndlessOutbox_whenDrained_thenStopsAfterMaxRounds() {
        DocumentStore endless = new ForwardingDocumentStore(store) {
            @Override
            public int relay(int limit, OutboxHandler handler) {
                return 1;
            }
        };

        assertThat(relay(endless).drain().events()).isEqualTo(EventRelay.MAX_ROUNDS);
    }
}
