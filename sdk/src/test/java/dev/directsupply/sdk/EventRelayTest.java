package dev.directsupply.sdk;

import static dev.directsupply.sdk.RelayBench.AUDITOR;
import static dev.directsupply.sdk.RelayBench.SALES;
import static dev.directsupply.sdk.RelayBench.TYPE;
import static dev.directsupply.sdk.RelayBench.subscriber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The relay on its own: one store, events put in its outbox by hand, subscribers of the test's. */
class EventRelayTest {
    private final RelayBench bench = new RelayBench();

    private EventRelay relay(DocumentStore on, dev.directsupply.kernel.module.Subscription... subscriptions) {
        return bench.relay(on, subscriptions);
    }

    @Test
    @DisplayName("the background relay runs only every positive duration")
    void givenNoneZeroOrNegativeDuration_whenStarted_thenRefused() {
        try (EventRelay relay = relay(bench.store)) {
            assertThatThrownBy(() -> relay.start(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> relay.start(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> relay.start(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        }
    }

    @Test
    @DisplayName("the background relay delivers on daemon threads of its own, and starts once until closed")
    void givenStartedRelay_whenEventPublished_thenDeliveredOnADaemonThread() throws InterruptedException {
        AtomicReference<Thread> deliveredOn = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        bench.publish("O-1");
        try (EventRelay relay = relay(bench.store, subscriber("erp", event -> {
            deliveredOn.set(Thread.currentThread());
            delivered.countDown();
        }))) {
            relay.start(Duration.ofMillis(10));

            assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(deliveredOn.get().isDaemon()).as("a host's JVM may exit under it").isTrue();
            assertThat(deliveredOn.get().getName()).startsWith("directsupply-relay-handler-");
            assertThatThrownBy(() -> relay.start(Duration.ofMillis(10))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("a closed relay may be started again; closing the SDK closes its relay")
    void givenClosedRelay_whenStartedAgain_thenRuns() {
        DirectSupply sdk = DirectSupply.builder().clock(bench.clock).build();
        sdk.events().start(Duration.ofHours(1));

        sdk.close();

        sdk.events().start(Duration.ofHours(1));
        sdk.close();
        sdk.close();
    }

    @Test
    @DisplayName("a drain names the subscriber, event and attempt of a failure, the error only for an inspector (DS-7.2.3)")
    void givenFailingSubscribers_whenDrained_thenErrorsOnlyForInspectors() {
        OutboxEvent event = bench.publish("O-1");
        EventRelay plain = relay(bench.store, subscriber("erp", e -> {
            throw new IllegalStateException("the ERP is down for 上海味道餐饮管理有限公司");
        }));
        EventRelay.Relayed counted = plain.drain();
        bench.clock.advance(Duration.ofMinutes(1));
        EventRelay.Relayed described = plain.drain(AUDITOR);

        assertThat(counted.events()).isEqualTo(1);
        assertThat(counted.failures()).containsExactly("erp failed on " + TYPE + " " + event.eventId()
            + " (attempt 1 of " + EventRelay.MAX_ATTEMPTS + ")");
        assertThat(described.failures()).containsExactly("erp failed on " + TYPE + " " + event.eventId()
            + ": IllegalStateException: the ERP is down for 上海味道餐饮管理有限公司");
        assertThatThrownBy(() -> plain.drain(SALES)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("an SDK error is described in English to an inspector")
    void givenSdkErrorInSubscriber_whenDrainedByInspector_thenEnglishMessage() {
        OutboxEvent event = bench.publish("O-1");
        EventRelay known = relay(bench.store, subscriber("crm", e -> {
            throw new NotFound("order", "O-9");
        }));

        assertThat(known.drain(AUDITOR).failures()).singleElement().asString()
            .startsWith("crm failed on " + TYPE + " " + event.eventId() + ": ")
            .doesNotContain("NotFound").contains("O-9");
        assertThat(bench.store.pendingEvents(10)).as("the outbox moves on; the event is held for crm").isEmpty();
    }

    @Test
    @DisplayName("parked events carry the payload: an inspector lists them, a sales user is refused (DS-7.2.3)")
    void givenParkedEvent_whenListed_thenOnlyForInspectors() {
        OutboxEvent event = bench.publish("O-1");
        EventRelay relay = relay(bench.store, subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));
        relay.drain();
        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            bench.drainLater(relay);
        }

        assertThat(relay.parked(AUDITOR)).singleElement().satisfies(parked -> {
            assertThat(parked.subscriber()).isEqualTo("erp");
            assertThat(parked.event()).isEqualTo(event);
            assertThat(parked.attempts()).isEqualTo(EventRelay.MAX_ATTEMPTS);
            assertThat(parked.error()).isEqualTo("IllegalStateException: down");
        });
        assertThatThrownBy(() -> relay.parked(SALES)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> relay.parked(null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("auditors and management may inspect the relay by default, nobody else")
    void givenDefaultAccess_whenInspectHolders_thenAuditorsAndManagement() {
        assertThat(DirectSupply.defaultAccess().rolesHolding(EventRelay.INSPECT))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
        assertThat(EventRelay.INSPECT.customerInformation()).as("needs a confidentiality agreement").isTrue();
    }

    @Test
    @DisplayName("a parked event goes back to the subscriber it was parked for, not another of its type")
    void givenTwoSubscribersOneParked_whenRetried_thenOnlyThatOneHandedItAgain() {
        AtomicInteger warehouse = new AtomicInteger();
        AtomicInteger erp = new AtomicInteger();
        AtomicBoolean erpDown = new AtomicBoolean(true);
        bench.publish("O-1");
        EventRelay relay = relay(bench.store, subscriber("warehouse", e -> warehouse.incrementAndGet()),
            subscriber("erp", e -> {
                erp.incrementAndGet();
                if (erpDown.get()) {
                    throw new IllegalStateException("down");
                }
            }));
        relay.drain();
        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            bench.drainLater(relay);
        }
        assertThat(relay.parked(AUDITOR)).hasSize(1);
        erpDown.set(false);

        assertThat(relay.retryParked()).isEqualTo(1);

        assertThat(erp).hasValue(EventRelay.MAX_ATTEMPTS + 1);
        assertThat(warehouse).hasValue(1);
        assertThat(relay.parked(AUDITOR)).isEmpty();
        assertThat(bench.drainLater(relay).failures()).isEmpty();
        assertThat(erp).as("not again").hasValue(EventRelay.MAX_ATTEMPTS + 1);
    }

    @Test
    @DisplayName("an event parked for a subscriber that is gone stays parked")
    void givenParkedForAGoneSubscriber_whenRetried_thenLeftParked() {
        bench.publish("O-1");
        EventRelay before = relay(bench.store, subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));
        before.drain();
        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            bench.drainLater(before);
        }

        EventRelay after = relay(bench.store, subscriber("warehouse", e -> { }));

        assertThat(after.retryParked()).isZero();
        assertThat(after.parked(AUDITOR)).singleElement().satisfies(parked -> assertThat(parked.subscriber())
            .isEqualTo("erp"));
    }

    @Test
    @DisplayName("one drain stops after its number of rounds, so that it returns under constant load")
    void givenEndlessOutbox_whenDrained_thenStopsAfterMaxRounds() {
        DocumentStore endless = new ForwardingDocumentStore(bench.store) {
            @Override
            public int relay(int limit, OutboxHandler handler) {
                return 1;
            }
        };

        assertThat(relay(endless).drain().events()).isEqualTo(EventRelay.MAX_ROUNDS);
    }

    @Test
    @DisplayName("the host's listener hears each failure, then the parking, and a listener that throws stops nothing")
    void givenListener_whenSubscriberKeepsFailing_thenFailuresAndParkingHeard() {
        List<DeliveryFailure> failed = new CopyOnWriteArrayList<>();
        List<DeliveryFailure> parked = new CopyOnWriteArrayList<>();
        OutboxEvent event = bench.publish("O-1");
        EventRelay relay = bench.relay(bench.store, RelayBench.PARAMETERS, new RelayListener() {
            @Override
            public void failed(DeliveryFailure failure) {
                failed.add(failure);
                throw new IllegalStateException("a careless listener");
            }

            @Override
            public void parked(DeliveryFailure failure) {
                parked.add(failure);
            }
        }, subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));

        Instant failedAt = bench.clock.instant();
        relay.drain();
        for (int round = 1; round < EventRelay.MAX_ATTEMPTS; round++) {
            bench.drainLater(relay);
        }

        assertThat(failed).extracting(DeliveryFailure::attempts).containsExactly(1, 2, 3, 4, 5);
        assertThat(failed.get(0).nextAttempt()).isEqualTo(failedAt.plusSeconds(1));
        assertThat(failed.get(0)).satisfies(first -> {
            assertThat(first.subscriber()).isEqualTo("erp");
            assertThat(first.eventId()).isEqualTo(event.eventId());
            assertThat(first.aggregate()).isEqualTo("orders/O-1");
            assertThat(first.error()).hasMessage("down");
            assertThat(first.parked()).isFalse();
        });
        assertThat(parked).singleElement().satisfies(last -> {
            assertThat(last.parked()).isTrue();
            assertThat(last.attempts()).isEqualTo(EventRelay.MAX_ATTEMPTS);
        });
    }

    @Test
    @DisplayName("the listener the host gives the builder hears its subscribers' failures")
    void givenListenerOnTheBuilder_whenHostSubscriberFails_thenHeard() {
        List<DeliveryFailure> heard = new CopyOnWriteArrayList<>();
        DirectSupply sdk = DirectSupply.builder().clock(bench.clock)
            .subscribe("crm", "customer.CustomerRegistered", event -> {
                throw new IllegalStateException("the CRM is down");
            })
            .relayListener(new RelayListener() {
                @Override
                public void failed(DeliveryFailure failure) {
                    heard.add(failure);
                }
            }).build();
        Staff.putOnRecord(sdk.agreements());
        String first17 = "91310000000000099";
        sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("宁波顺达物流有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "LOGISTICS",
            new BigDecimal("300000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));

        sdk.events().drain();

        assertThat(heard).singleElement().satisfies(failure -> {
            assertThat(failure.subscriber()).isEqualTo("crm");
            assertThat(failure.eventType()).isEqualTo("customer.CustomerRegistered");
            assertThat(failure.error()).hasMessage("the CRM is down");
        });
        assertThat(sdk.events().health()).filteredOn(health -> health.subscriber().equals("crm")).singleElement()
            .satisfies(crm -> assertThat(crm.pending()).isEqualTo(1));
    }

    @Test
    @DisplayName("health gives each subscriber's pending, parked, last success and failure, and rest")
    void givenOneWorkingOneFailingSubscriber_whenHealthRead_thenFiguresPerSubscriber() {
        bench.publish("O-1");
        bench.publish("O-2");
        EventRelay relay = relay(bench.store, subscriber("warehouse", e -> { }), subscriber("erp", e -> {
            throw new IllegalStateException("down");
        }));
        Instant drainedAt = bench.clock.instant();
        relay.drain();
        bench.publish("O-3");

        List<SubscriberHealth> health = relay.health();

        assertThat(health).extracting(SubscriberHealth::subscriber).containsExactly("warehouse", "erp");
        assertThat(health.get(0)).satisfies(warehouse -> {
            assertThat(warehouse.pending()).as("O-3, not yet relayed").isEqualTo(1);
            assertThat(warehouse.parked()).isZero();
            assertThat(warehouse.lastSuccess()).contains(drainedAt);
            assertThat(warehouse.lastFailure()).isEmpty();
            assertThat(warehouse.restingUntil()).isEmpty();
        });
        assertThat(health.get(1)).satisfies(erp -> {
            assertThat(erp.pending()).as("O-1 failed, O-2 held while it rests, O-3 not yet relayed").isEqualTo(3);
            assertThat(erp.lastSuccess()).isEmpty();
            assertThat(erp.lastFailure()).contains(drainedAt);
            assertThat(erp.failuresInARow()).isEqualTo(1);
            assertThat(erp.restingUntil()).contains(drainedAt.plusSeconds(1));
        });
    }

    @Test
    @DisplayName("a subscriber rests after failures in a row, twice as long each time, up to the longest rest")
    void givenFailuresInARow_whenBackingOff_thenDoublesUpToTheCap() {
        RelayParameters parameters = new RelayParameters(30, 5, 60, 30);

        assertThat(List.of(1, 2, 3, 4, 5, 40).stream().map(parameters::backoff).map(Duration::toSeconds))
            .containsExactly(5L, 10L, 20L, 40L, 60L, 60L);
    }

    @Test
    @DisplayName("the relay section ships with a 30-second timeout, rests from 5 seconds to 15 minutes, 30 days kept")
    void givenDefaultPolicy_whenRelaySectionRead_thenShippedValues() {
        assertThat(DirectSupply.defaultPolicy().section(RelayParameters.class))
            .isEqualTo(new RelayParameters(30, 5, 900, 30)).isEqualTo(RelayParameters.defaults());
    }

    @Test
    @DisplayName("while a subscriber rests it is not called; once rested, it gets what was held, oldest first")
    void givenRestingSubscriber_whenNewEvents_thenHeldAndLaterDeliveredInOrder() {
        List<String> received = new ArrayList<>();
        AtomicBoolean down = new AtomicBoolean(true);
        bench.publish("O-1");
        EventRelay relay = relay(bench.store, subscriber("erp", e -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("down");
            }
            received.add(e.aggregateId());
        }));
        relay.drain();
        bench.publish("O-2");
        bench.publish("O-3");

        EventRelay.Relayed resting = relay.drain();
        EventRelay.Relayed rested = bench.drainLater(relay);

        assertThat(resting.events()).isEqualTo(2);
        assertThat(resting.retried()).isZero();
        assertThat(rested.retried()).isEqualTo(3);
        assertThat(received).containsExactly("O-1", "O-2", "O-3");
    }

    @Test
    @DisplayName("a subscriber gets its events of a run on one handler thread, in order; after one fails, the rest wait for its rest")
    void givenThreeEventsAndAFailureOnTheSecond_whenDrained_thenFirstTakenRestHeldAndLaterDeliveredInOrder() {
        bench.publish("O-1");
        OutboxEvent second = bench.publish("O-2");
        bench.publish("O-3");
        List<String> taken = new CopyOnWriteArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicBoolean down = new AtomicBoolean(true);
        try (EventRelay relay = relay(bench.store, subscriber("erp", event -> {
            threads.add(Thread.currentThread().getName());
            if (event.eventId().equals(second.eventId()) && down.get()) {
                throw new IllegalStateException("the ERP is down");
            }
            taken.add(event.aggregateId());
        }))) {
            EventRelay.Relayed once = relay.drain();

            assertThat(taken).containsExactly("O-1");
            assertThat(threads).as("one hand-off for the run").hasSize(1);
            assertThat(once.failures()).singleElement().asString().contains(second.eventId().toString());
            assertThat(relay.drain().retried()).as("the subscriber rests").isZero();

            down.set(false);
            EventRelay.Relayed later = bench.drainLater(relay);

            assertThat(later.retried()).isEqualTo(2);
            assertThat(taken).containsExactly("O-1", "O-2", "O-3");
        }
    }

    @Test
    @DisplayName("a drain whose run read the held deliveries retries from that read, without looking them up again")
    void givenDueHeldDeliveryAndANewEvent_whenDrained_thenHeldDeliveriesLookedUpOnce() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger heldLookUps = new AtomicInteger();
        DocumentStore counting = new ForwardingDocumentStore(bench.store) {
            @Override
            public List<dev.directsupply.persistence.Document> findBy(String collection, String attribute,
                                                                      String value) {
                if (collection.equals(EventRelay.FAILURES)) {
                    heldLookUps.incrementAndGet();
                }
                return super.findBy(collection, attribute, value);
            }
        };
        bench.publish("O-1");
        EventRelay relay = relay(counting, subscriber("erp", event -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("the ERP is down");
            }
            received.add(event.aggregateId());
        }));
        relay.drain();
        bench.publish("O-2");
        heldLookUps.set(0);

        EventRelay.Relayed later = bench.drainLater(relay);

        assertThat(later.events()).isEqualTo(1);
        assertThat(later.retried()).isEqualTo(1);
        assertThat(received).containsExactlyInAnyOrder("O-1", "O-2");
        assertThat(heldLookUps).as("the run's look-up serves the retries").hasValue(1);
    }

    @Test
    @DisplayName("a held delivery another relay retried after this drain's run read it is not handed over again")
    void givenAnotherRelayRetriesTheHeldDeliveryMeanwhile_whenThisDrainRetries_thenSubscriberCalledOnceForIt() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        dev.directsupply.kernel.module.Subscription erp = subscriber("erp", event -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("the ERP is down");
            }
            received.add(event.aggregateId());
        });
        EventRelay other = bench.relay(bench.store, "b", RelayBench.PARAMETERS, RelayListener.NONE, erp);
        AtomicReference<EventRelay.Relayed> othersDrain = new AtomicReference<>();
        DocumentStore meanwhile = new ForwardingDocumentStore(bench.store) {
            @Override
            public int relayWithNotes(int limit, int maxRuns, dev.directsupply.persistence.RunHandler handler) {
                int relayed = super.relayWithNotes(limit, maxRuns, handler);
                if (othersDrain.get() == null && received.contains("O-2")) {
                    // After this drain's run read the held deliveries, before it retries them.
                    othersDrain.set(other.drain());
                }
                return relayed;
            }
        };
        EventRelay relay = bench.relay(meanwhile, "a", RelayBench.PARAMETERS, RelayListener.NONE, erp);
        bench.publish("O-1");
        relay.drain();
        bench.publish("O-2");

        EventRelay.Relayed later = bench.drainLater(relay);

        assertThat(othersDrain.get()).as("the other relay drained in between").isNotNull();
        assertThat(othersDrain.get().retried()).as("the other relay retried it").isEqualTo(1);
        assertThat(later.retried()).as("this drain's copy was stale").isZero();
        assertThat(received).containsExactlyInAnyOrder("O-1", "O-2");
    }
}
