package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepositoryTest.Counter;
import dev.directsupply.kernel.store.AggregateRepositoryTest.Counters;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.WriteBatch;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Outbox events sealed in their change's audit entry, checkpoints against truncation and deletion,
 * look-up attributes recomputed, and whole collections verified (DS-7.2.1).
 */
class SealedEventsAndCheckpointsTest {
    private static final Actor ACTOR = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final AuditSeal KEYED = AuditSeal.withKey("a host secret of 32 bytes or so.".getBytes(StandardCharsets.UTF_8));

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final Attacker store = new Attacker(memory);
    private final AggregateRepository<Counter> counters =
        new AggregateRepository<>(store, "counters", new Counters(), JsonEventCodec.INSTANCE, KEYED, clock);
    private final EventSeals seals = new EventSeals(store, KEYED, JsonEventCodec.INSTANCE);

    /** What someone who can edit the database does, seen through the SPI. */
    static final class Attacker extends ForwardingDocumentStore {
        final Map<String, Optional<Document>> documents = new HashMap<>();
        final Map<String, List<AuditEntry>> trails = new HashMap<>();
        final Set<String> hiddenFromLookUps = new HashSet<>();

        Attacker(DocumentStore delegate) {
            super(delegate);
        }

        @Override
        public Optional<Document> read(String collection, String id) {
            return documents.getOrDefault(collection + "/" + id, super.read(collection, id));
        }

        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            return super.findBy(collection, attribute, value).stream()
                .filter(document -> !hiddenFromLookUps.contains(collection + "/" + document.id()))
                .filter(document -> documents.getOrDefault(collection + "/" + document.id(), Optional.of(document))
                    .isPresent()).toList();
        }

        @Override
        public dev.directsupply.persistence.ScanPage scan(String collection, String afterId, int limit) {
            dev.directsupply.persistence.ScanPage page = super.scan(collection, afterId, limit);
            List<Document> seen = new ArrayList<>();
            for (Document document : page.documents()) {
                documents.getOrDefault(collection + "/" + document.id(), Optional.of(document)).ifPresent(seen::add);
            }
            return new dev.directsupply.persistence.ScanPage(seen, page.nextAfter());
        }

        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            return trails.getOrDefault(collection + "/" + id, super.auditTrail(collection, id));
        }

        @Override
        public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
            return auditTrail(collection, id).stream().filter(entry -> entry.version() == version).findFirst();
        }
    }

    private Versioned<Counter> counterAt(String id, int versions) {
        Versioned<Counter> current = counters.create(Changed.to(new Counter(id, 0)), ACTOR, "Create", List.of());
        for (int i = 1; i < versions; i++) {
            current = counters.save(current, current.aggregate().increment(clock.instant()), ACTOR, "Increment");
        }
        return current;
    }

    private OutboxEvent pendingEvent() {
        return memory.pendingEvents(1).get(0).event();
    }

    private static OutboxEvent withPayload(OutboxEvent event, String payload) {
        return new OutboxEvent(event.eventId(), event.type(), event.collection(), event.aggregateId(),
            event.aggregateVersion(), event.occurredAt(), payload);
    }

    @Test
    @DisplayName("DS-7.2.1 an outbox event as its change raised it is sealed, even when the store reformats its JSON")
    void givenEventAsWrittenOrReformatted_whenChecked_thenSealed() {
        counterAt("c-1", 2);
        OutboxEvent event = pendingEvent();
        String reformatted = "{ \"occurredAt\": " + "\"" + event.payload().replaceAll(".*\"occurredAt\":\"([^\"]+)\".*", "$1")
            + "\", \"count\": 1.0, \"counterId\": \"c-1\" }";

        assertThat(seals.verify(event).status()).isEqualTo(EventVerification.Status.SEALED);
        assertThat(seals.verify(withPayload(event, reformatted)).isIntact()).isTrue();
    }

    @Test
    @DisplayName("DS-7.2.1 an outbox event whose payload was edited matches no seal of its change")
    void givenEditedPayload_whenChecked_thenBroken() {
        counterAt("c-1", 2);
        OutboxEvent event = pendingEvent();

        EventVerification checked = seals.verify(withPayload(event, event.payload().replace("\"count\":1", "\"count\":1000")));

        assertThat(checked.status()).isEqualTo(EventVerification.Status.BROKEN);
        assertThat(checked.problems()).singleElement().asString().contains("differs from every event");
    }

    @Test
    @DisplayName("DS-7.2.1 an event forged into the outbox for a version with no entry, or a changed type, is broken")
    void givenForgedEvents_whenChecked_thenBroken() {
        counterAt("c-1", 2);
        OutboxEvent event = pendingEvent();
        OutboxEvent otherVersion = new OutboxEvent(event.eventId(), event.type(), event.collection(),
            event.aggregateId(), 7, event.occurredAt(), event.payload());
        OutboxEvent otherType = new OutboxEvent(event.eventId(), "kernel.Reset", event.collection(),
            event.aggregateId(), event.aggregateVersion(), event.occurredAt(), event.payload());

        assertThat(seals.verify(otherVersion).problems()).singleElement().asString().contains("no audit entry");
        assertThat(seals.verify(otherType).isIntact()).isFalse();
    }

    @Test
    @DisplayName("DS-7.2.1 an event checked with another key is not vouched for")
    void givenOtherKey_whenChecked_thenBroken() {
        counterAt("c-1", 2);

        EventSeals forger = new EventSeals(store, AuditSeal.unkeyed(), JsonEventCodec.INSTANCE);

        assertThat(forger.verify(pendingEvent()).isIntact()).isFalse();
    }

    @Test
    @DisplayName("DS-7.2.1 an entry written before events were sealed leaves its events unsealed, not broken")
    void givenLegacyEntry_whenChecked_thenUnsealed() {
        assertThat(EventSeals.seals("{\"events\":[\"kernel.Incremented\"]}")).isEmpty();
        assertThat(EventSeals.seals("{\"events\":[\"a.B\",\"a.C\"],\"seals\":[\"x1\",\"x2\"]}")).contains(List.of("x1", "x2"));
    }

    @Test
    @DisplayName("DS-7.2.1 the newest version and its entry dropped and the previous row put back: the chain "
        + "alone passes, the checkpoint does not")
    void givenTruncationAndReplay_whenVerifiedAgainstCheckpoint_thenBrokenAtTheMissingVersion() {
        counterAt("c-1", 2);
        Document second = memory.read("counters", "c-1").orElseThrow();
        counterAt("c-2", 1);
        counters.save(counters.get("c-1"), counters.get("c-1").aggregate().increment(clock.instant()), ACTOR, "Increment");
        Checkpoint checkpoint = counters.checkpoint();

        store.trails.put("counters/c-1", memory.auditTrail("counters", "c-1").subList(0, 2));
        store.documents.put("counters/c-1", Optional.of(second));

        assertThat(counters.verify("c-1").isIntact()).as("the chain alone cannot tell").isTrue();
        AuditVerification checked = counters.verify("c-1", checkpoint);
        assertThat(checked.isIntact()).isFalse();
        assertThat(checked.firstBroken()).isEqualTo(3);
        assertThat(checked.problems()).anyMatch(problem -> problem.contains("cut off"));
        CollectionVerification all = counters.verifyAll(checkpoint);
        assertThat(all.broken()).extracting(AuditVerification::id).containsExactly("c-1");
        assertThat(all.aggregates()).isEqualTo(2);
    }

    @Test
    @DisplayName("DS-7.2.1 a whole aggregate deleted with its trail is tampering against a checkpoint, not NotFound")
    void givenAggregateDeletedWhole_whenVerifiedAgainstCheckpoint_thenBroken() {
        counterAt("c-1", 3);
        counterAt("c-2", 1);
        Checkpoint checkpoint = Checkpoint.parse(counters.checkpoint().export());

        store.documents.put("counters/c-1", Optional.empty());
        store.trails.put("counters/c-1", List.of());

        assertThatThrownBy(() -> counters.verify("c-1")).isInstanceOf(NotFound.class);
        AuditVerification checked = counters.verify("c-1", checkpoint);
        assertThat(checked.problems()).singleElement().asString().contains("whole trail are gone");
        assertThat(checked.firstBroken()).isEqualTo(1);
        assertThat(counters.verifyAll().isIntact()).as("without a checkpoint nothing is left to find").isTrue();
        assertThat(counters.verifyAll(checkpoint).broken()).extracting(AuditVerification::id).containsExactly("c-1");
    }

    @Test
    @DisplayName("DS-7.2.1 a checkpoint edited after export, or checked with another key, is refused as evidence")
    void givenEditedCheckpoint_whenUsed_thenItsSealIsAProblem() {
        counterAt("c-1", 3);
        Checkpoint genuine = counters.checkpoint();
        String edited = genuine.export().replace("\n3 ", "\n2 ");

        assertThat(Checkpoint.parse(edited).isSealedBy(KEYED)).isFalse();
        assertThat(genuine.isSealedBy(AuditSeal.unkeyed())).isFalse();
        assertThat(counters.verifyAll(Checkpoint.parse(edited)).problems()).singleElement().asString()
            .contains("edited or forged");
        assertThat(counters.verifyAll(genuine).isIntact()).isTrue();
    }

    @Test
    @DisplayName("DS-7.2.1 a checkpoint survives export and parse, ids with blanks and line breaks included")
    void givenOddIds_whenExportedAndParsed_thenSame() {
        counterAt("c 1\nzwei/三", 2);
        Checkpoint checkpoint = counters.checkpoint();

        Checkpoint parsed = Checkpoint.parse(checkpoint.export());

        assertThat(parsed).isEqualTo(checkpoint);
        assertThat(parsed.isSealedBy(KEYED)).isTrue();
        assertThatThrownBy(() -> Checkpoint.parse("hello")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DS-7.2.1 an edited look-up attribute is found: verification recomputes the attributes from the body")
    void givenEditedAttribute_whenVerified_thenBroken() {
        counterAt("c-1", 2);
        Document stored = memory.read("counters", "c-1").orElseThrow();
        memory.write(WriteBatch.of(new DocumentWrite("counters", "c-1", stored.version(), stored.body(),
            Map.of("parity", "even"), stored.auditHash())));
        store.documents.put("counters/c-1", Optional.of(new Document("counters", "c-1", 2, stored.body(),
            Map.of("parity", "even"), stored.auditHash())));

        AuditVerification checked = counters.verify("c-1");

        assertThat(checked.problems()).anyMatch(problem -> problem.contains("look-up attributes"));
        assertThat(checked.firstBroken()).isEqualTo(2);
    }

    @Test
    @DisplayName("DS-7.2.1 a document hidden from look-ups shows in the collection's verification")
    void givenIndexEdited_whenCollectionVerified_thenLookUpMissNamed() {
        counterAt("c-1", 2);
        counterAt("c-2", 2);
        store.hiddenFromLookUps.add("counters/c-2");

        CollectionVerification all = counters.verifyAll();

        assertThat(all.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.id()).isEqualTo("c-2");
            assertThat(broken.problems()).singleElement().asString().contains("does not find the document");
        });
    }

    @Test
    @DisplayName("DS-7.2.1 a collection's verification names each broken aggregate with its first broken version")
    void givenTwoAggregatesBrokenAtDifferentVersions_whenCollectionVerified_thenEachFirstBrokenVersion() {
        counterAt("c-1", 4);
        counterAt("c-2", 4);
        counterAt("c-3", 1);
        List<AuditEntry> first = new ArrayList<>(memory.auditTrail("counters", "c-1"));
        first.remove(2);
        store.trails.put("counters/c-1", first);
        List<AuditEntry> second = new ArrayList<>(memory.auditTrail("counters", "c-2"));
        AuditEntry swapped = second.get(0);
        second.set(0, second.get(1));
        second.set(1, swapped);
        store.trails.put("counters/c-2", second);

        CollectionVerification all = counters.verifyAll();

        assertThat(all.aggregates()).isEqualTo(3);
        assertThat(all.broken()).extracting(AuditVerification::id, AuditVerification::firstBroken)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", 3L), org.assertj.core.groups.Tuple.tuple("c-2", 1L));
    }
}
