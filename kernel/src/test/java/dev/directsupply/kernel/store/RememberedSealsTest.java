package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepositoryTest.Counter;
import dev.directsupply.kernel.store.AggregateRepositoryTest.Counters;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.1 an event this SDK instance committed is checked against the seal its write made, which the
 * instance remembers, without reading the audit entry back (ADR 0029); anything else reads the entry.
 */
class RememberedSealsTest {
    private static final Actor ACTOR = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final byte[] KEY = "a host secret of 32 bytes or so.".getBytes(StandardCharsets.UTF_8);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final AtomicInteger entriesRead = new AtomicInteger();
    private final ForwardingDocumentStore store = new ForwardingDocumentStore(memory) {
        @Override
        public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
            entriesRead.incrementAndGet();
            return super.auditEntry(collection, id, version);
        }
    };
    private final AuditSeal thisInstance = AuditSeal.withKey(KEY);
    private OutboxEvent committed;

    @BeforeEach
    void aCounterCreatedAndIncrementedByThisInstance() {
        AggregateRepository<Counter> counters = new AggregateRepository<>(store, "counters", new Counters(),
            JsonEventCodec.INSTANCE, thisInstance, clock);
        Versioned<Counter> created = counters.create(Changed.to(new Counter("c-1", 0)), ACTOR, "Create", List.of());
        counters.save(created, created.aggregate().increment(clock.instant()), ACTOR, "Increment");
        committed = memory.pendingEvents(1).get(0).event();
    }

    @Test
    @DisplayName("an event this instance committed is sealed by what it remembers: no audit entry is read")
    void givenOwnEvent_whenVerified_thenSealedWithoutReadingTheEntry() {
        EventVerification verified = new EventSeals(store, thisInstance, JsonEventCodec.INSTANCE).verify(committed);

        assertThat(verified.status()).isEqualTo(EventVerification.Status.SEALED);
        assertThat(entriesRead).hasValue(0);
    }

    @Test
    @DisplayName("an event of another instance (same key, nothing remembered) is checked against its audit entry")
    void givenAnotherInstancesEvent_whenVerified_thenTheEntryIsRead() {
        EventVerification verified = new EventSeals(store, AuditSeal.withKey(KEY), JsonEventCodec.INSTANCE)
            .verify(committed);

        assertThat(verified.status()).isEqualTo(EventVerification.Status.SEALED);
        assertThat(entriesRead).hasValue(1);
    }

    @Test
    @DisplayName("an own event edited in the outbox matches no remembered seal: its entry is read, and it is broken")
    void givenOwnEventEdited_whenVerified_thenBroken() {
        OutboxEvent edited = new OutboxEvent(committed.eventId(), committed.type(), committed.collection(),
            committed.aggregateId(), committed.aggregateVersion(), committed.occurredAt(),
            "{\"id\":\"c-1\",\"count\":99}");

        EventVerification verified = new EventSeals(store, thisInstance, JsonEventCodec.INSTANCE).verify(edited);

        assertThat(verified.status()).isEqualTo(EventVerification.Status.BROKEN);
        assertThat(entriesRead).hasValue(1);
    }

    @Test
    @DisplayName("the seals remembered are bounded: past the bound they are forgotten and checks read the entry")
    void givenMoreSealsThanTheBound_whenRemembered_thenTheOldOnesForgotten() {
        for (int i = 0; i < AuditSeal.REMEMBERED_EVENTS; i++) {
            thisInstance.committed(UUID.randomUUID(), "seal-" + i);
        }

        assertThat(thisInstance.committedSeal(committed.eventId())).isEmpty();
    }
}
