package dev.directsupply.sdk;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.AgreementDesk;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.testing.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The relay on its own: a store whose outbox tests fill by hand, a manual clock, and subscribers of the test's. */
final class RelayBench {
    static final String TYPE = "orders.OrderReceived";
    /** Short rests, so that a test moves the clock on a minute and every subscriber is called again. */
    static final RelayParameters PARAMETERS = new RelayParameters(30, 1, 60, 30);
    static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);
    static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);

    static final AuditSeal SEAL = AuditSeal.unkeyed();

    final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    final InMemoryDocumentStore store = new InMemoryDocumentStore();

    /** One event of the aggregate at its first version. */
    OutboxEvent publish(String aggregateId) {
        return publish(aggregateId, 1);
    }

    /**
     * One event of the aggregate at the version, written with a document of its own and the sealed audit
     * entry that vouches for it, as the SDK writes its changes (DS-7.2.1).
     */
    OutboxEvent publish(String aggregateId, long version) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), TYPE, "orders", aggregateId, version, clock.instant(),
            "{\"order\":\"" + aggregateId + "\",\"customer\":\"上海味道餐饮管理有限公司\"}");
        String detail = "{\"events\":[\"" + TYPE + "\"],\"seals\":[\"" + SEAL.eventSeal(event,
            JsonEventCodec.INSTANCE.canonical(event.payload())) + "\"]}";
        store.write(WriteBatch.builder().write(DocumentWrite.create("orders", aggregateId + "-v" + version, "{}",
            Map.of())).event(event).audit(SEAL.seal("orders", aggregateId, version, "system:tests", "Publish",
                clock.instant(), detail, SEAL.bodyHash("{}"), "")).build());
        return event;
    }

    EventRelay relay(DocumentStore on, Subscription... subscriptions) {
        return relay(on, PARAMETERS, RelayListener.NONE, subscriptions);
    }

    EventRelay relay(DocumentStore on, RelayParameters parameters, RelayListener listener,
                     Subscription... subscriptions) {
        return relay(on, "", parameters, listener, subscriptions);
    }

    /** A relay of the SDK instance of that name on the store. */
    EventRelay relay(DocumentStore on, String instance, RelayParameters parameters, RelayListener listener,
                     Subscription... subscriptions) {
        Pipeline pipeline = new Pipeline(on, DirectSupply.defaultAccess(), new StoredAgreements(on), new StoredAssignments(on),
            new CommandValidator(DirectSupply.defaultValidator(clock)), AuditSeal.unkeyed(), clock);
        Staff.putOnRecord(new AgreementDesk(pipeline), AUDITOR, SALES);
        return new EventRelay(on, List.of(subscriptions), pipeline, parameters, listener,
            SEAL, instance);
    }

    /** Moves the clock past the longest rest, then drains. */
    EventRelay.Relayed drainLater(EventRelay relay) {
        clock.advance(java.time.Duration.ofSeconds(PARAMETERS.longestBackoffSeconds()));
        return relay.drain();
    }

    /**
     * Drains the relays at once, round after round — the clock moved past the longest rest before each,
     * every relay started together on a thread of its own — until {@code done} holds, or 2,000 rounds.
     */
    void drainTogetherUntil(List<EventRelay> relays, BooleanSupplier done) throws Exception {
        ExecutorService hosts = Executors.newFixedThreadPool(relays.size());
        try {
            for (int round = 0; round < 2_000 && !done.getAsBoolean(); round++) {
                clock.advance(java.time.Duration.ofSeconds(PARAMETERS.longestBackoffSeconds()));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<EventRelay.Relayed>> drains = new ArrayList<>();
                for (EventRelay relay : relays) {
                    drains.add(hosts.submit(() -> {
                        go.await();
                        return relay.drain();
                    }));
                }
                go.countDown();
                for (Future<EventRelay.Relayed> drain : drains) {
                    drain.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            hosts.shutdownNow();
        }
    }

    /** A listener that notes each note the relay could not trust, as "subscriber: what", in the list. */
    static RelayListener hearingTampering(List<String> heard) {
        return new RelayListener() {
            @Override
            public void tampered(String subscriber, String what) {
                heard.add(subscriber + ": " + what);
            }
        };
    }

    static Subscription subscriber(String name, EventHandler handler) {
        return new Subscription(name, TYPE, handler);
    }
}
