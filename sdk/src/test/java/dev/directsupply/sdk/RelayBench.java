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
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    static Subscription subscriber(String name, EventHandler handler) {
        return new Subscription(name, TYPE, handler);
    }
}
