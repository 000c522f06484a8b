package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.CommitOutcomeUnknown;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.WriteBatch;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AggregateRepositoryTest {

    /** A tiny aggregate for the repository's sake. */
    record Counter(String id, int count) {
        Changed<Counter> increment(Instant at) {
            return Changed.to(new Counter(id, count + 1), new Incremented(id, count + 1, at));
        }
    }

    record Incremented(String counterId, int count, Instant occurredAt) implements DomainEvent {
    }

    static final class Counters implements DocumentCodec<Counter> {
        @Override
        public String id(Counter counter) {
            return counter.id();
        }

        @Override
        public String encode(Counter counter) {
            return Json.write(counter);
        }

        @Override
        public Counter decode(String body) {
            return Json.read(body, Counter.class);
        }

        @Override
        public Map<String, String> attributes(Counter counter) {
            return Map.of("parity", counter.count() % 2 == 0 ? "even" : "odd");
        }
    }

    private static final Actor ACTOR = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ManualClock clock = ManualClock.on("2026-03-15", SHANGHAI);
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final TamperingStore store = new TamperingStore(memory);
    private final AggregateRepository<Counter> counters =
        new AggregateRepository<>(store, "counters", new Counters(), JsonEventCodec.INSTANCE, AuditSeal.unkeyed(), clock);

    private Versioned<Counter> created() {
        return counters.create(Changed.to(new Counter("c-1", 0)), ACTOR, "Create", List.of());
    }

    @Test
    @DisplayName("a created aggregate reads back at version 1 and can be found by its attributes")
    void givenCreated_whenRead_thenVersionOneAndIndexed() {
        created();

        Versioned<Counter> read = counters.get("c-1");

        assertThat(read.version()).isEqualTo(1);
        assertThat(read.aggregate()).isEqualTo(new Counter("c-1", 0));
        assertThat(counters.findBy("parity", "even")).extracting(Versioned::aggregate).containsExactly(read.aggregate());
    }

    @Test
    @DisplayName("load → decide → save writes the document, one outbox event per domain event and one audit entry")
    void givenUpdate_whenSaved_thenDocumentEventsAndAuditTogether() {
        created();

        Versioned<Counter> saved = counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));

        assertThat(saved.version()).isEqualTo(2);
        assertThat(counters.get("c-1").aggregate().count()).isEqualTo(1);
        List<PendingEvent> pending = memory.pendingEvents(10);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).event().type()).isEqualTo("kernel.Incremented");
        assertThat(pending.get(0).event().aggregateVersion()).isEqualTo(2);
        assertThat(pending.get(0).event().payload()).contains("\"count\":1");
        List<AuditEntry> trail = memory.auditTrail("counters", "c-1");
        assertThat(trail).extracting(AuditEntry::version).containsExactly(1L, 2L);
        assertThat(trail.get(1).actorId()).isEqualTo("li.na");
        assertThat(trail.get(1).action()).isEqualTo("Increment");
        assertThat(trail.get(1).detail()).startsWith("{\"events\":[\"kernel.Incremented\"],\"seals\":[\"")
            .endsWith("\"]}");
        assertThat(trail.get(1).previousHash()).isEqualTo(trail.get(0).hash());
    }

    @Test
    @DisplayName("a save from a stale read is a ConcurrencyConflict and writes nothing")
    void givenStaleRead_whenSaved_thenConcurrencyConflictAndNothingWritten() {
        Versioned<Counter> stale = created();
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));

        assertThatThrownBy(() -> counters.save(stale, stale.aggregate().increment(clock.instant()), ACTOR, "Increment"))
            .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
                assertThat(conflict.expectedVersion()).isEqualTo(1);
                assertThat(conflict.actualVersion()).isEqualTo(2);
                assertThat(conflict.kind()).isEqualTo("counters");
            });
        assertThat(counters.get("c-1").version()).isEqualTo(2);
        assertThat(memory.pendingEvents(10)).hasSize(1);
        assertThat(memory.auditTrail("counters", "c-1")).hasSize(2);
    }

    @Test
    @DisplayName("a decision that changes nothing writes nothing")
    void givenNothingChanged_whenSaved_thenNoWrite() {
        Versioned<Counter> current = created();

        Versioned<Counter> after = counters.save(current, Changed.nothing(current.aggregate()), ACTOR, "Noop");

        assertThat(after).isSameAs(current);
        assertThat(memory.auditTrail("counters", "c-1")).hasSize(1);
    }

    @Test
    @DisplayName("a missing aggregate is NotFound")
    void givenMissing_whenGot_thenNotFound() {
        assertThatThrownBy(() -> counters.get("nobody")).isInstanceOf(NotFound.class).hasMessageContaining("nobody");
    }

    @Test
    @DisplayName("event ids are derived from the change, so a repeat of the same change carries the same ids")
    void givenSameChangeInTwoStores_whenSaved_thenSameEventIds() {
        InMemoryDocumentStore other = new InMemoryDocumentStore();
        AggregateRepository<Counter> elsewhere = new AggregateRepository<>(other, "counters", new Counters(),
            JsonEventCodec.INSTANCE, AuditSeal.unkeyed(), clock);
        elsewhere.create(Changed.to(new Counter("c-1", 0), new Incremented("c-1", 0, clock.instant())), ACTOR, "Create",
            List.of());
        counters.create(Changed.to(new Counter("c-1", 0), new Incremented("c-1", 0, clock.instant())), ACTOR, "Create",
            List.of());

        assertThat(other.pendingEvents(1).get(0).event().eventId())
            .isEqualTo(memory.pendingEvents(1).get(0).event().eventId())
            .as("the name-based UUID of collection/id/version, as stores written earlier hold it")
            .isEqualTo(java.util.UUID.nameUUIDFromBytes("counters/c-1/1".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("documents written alongside are part of the same atomic batch")
    void givenAlongsideWriteThatConflicts_whenCreated_thenNothingWritten() {
        memory.write(WriteBatch.of(DocumentWrite.create("claims", "x", "{}", Map.of())));

        assertThatThrownBy(() -> counters.create(Changed.to(new Counter("c-1", 0)), ACTOR, "Create",
            List.of(DocumentWrite.create("claims", "x", "{}", Map.of()))))
            .isInstanceOfSatisfying(ConcurrencyConflict.class, c -> assertThat(c.kind()).isEqualTo("claims"));
        assertThat(counters.find("c-1")).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.1 an untouched audit trail verifies")
    void givenSeveralChanges_whenVerified_thenIntact() {
        created();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        }

        AuditVerification verification = counters.verify("c-1");

        assertThat(verification.isIntact()).as(verification.problems().toString()).isTrue();
        assertThat(verification.entries()).isEqualTo(4);
    }

    @Test
    @DisplayName("DS-7.2.1 an edited audit entry breaks the chain")
    void givenEditedEntry_whenVerified_thenAlteredEntryReported() {
        created();
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        store.auditTamper = trail -> {
            List<AuditEntry> edited = new ArrayList<>(trail);
            AuditEntry first = edited.get(0);
            edited.set(0, new AuditEntry(first.collection(), first.documentId(), first.version(), "someone.else",
                first.action(), first.occurredAt(), first.detail(), first.bodyHash(), first.previousHash(), first.hash()));
            return edited;
        };

        assertThat(counters.verify("c-1").problems()).anyMatch(p -> p.contains("version 1 was altered"));
    }

    @Test
    @DisplayName("DS-7.2.1 a removed audit entry breaks the chain")
    void givenRemovedEntry_whenVerified_thenGapReported() {
        created();
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        store.auditTamper = trail -> List.of(trail.get(0), trail.get(2));

        assertThat(counters.verify("c-1").isIntact()).isFalse();
        assertThat(counters.verify("c-1").problems()).containsExactly("entry 2 records version 3 instead of 2",
            "entry for version 3 does not link to the entry before it");
    }

    @Test
    @DisplayName("DS-7.2.1 a document edited behind the SDK's back no longer matches its trail")
    void givenEditedDocument_whenVerified_thenBodyMismatchReported() {
        created();
        store.documentTamper = d -> new Document(d.collection(), d.id(), d.version(),
            d.body().replace("\"count\":0", "\"count\":100"), d.attributes(), d.auditHash());

        assertThat(counters.verify("c-1").problems()).anyMatch(p -> p.contains("body differs"));
    }

    @Test
    @DisplayName("DS-7.2.1 a write that skipped the audit trail is reported")
    void givenUnauditedWrite_whenVerified_thenVersionMismatchReported() {
        created();
        memory.write(WriteBatch.of(DocumentWrite.update("counters", "c-1", 1, Json.write(new Counter("c-1", 9)),
            Map.of())));

        assertThat(counters.verify("c-1").problems())
            .anyMatch(p -> p.contains("version 2 but the trail ends at 1"));
    }

    @Test
    @DisplayName("with a secret key, an entry re-hashed without the key is caught")
    void givenKeyedSeal_whenEntryRehashedWithoutKey_thenAltered() {
        AuditSeal keyed = AuditSeal.withKey("a secret of sixteen+ bytes".getBytes());
        AuditSeal plain = AuditSeal.unkeyed();
        AuditEntry sealed = keyed.seal("c", "1", 1, "a", "x", clock.instant(), "{}", "h", "");
        AuditEntry forged = plain.seal("c", "1", 1, "b", "x", clock.instant(), "{}", "h", "");

        assertThat(keyed.isIntact(sealed)).isTrue();
        assertThat(keyed.isIntact(forged)).isFalse();
    }

    @Test
    @DisplayName("Retry repeats a command that lost a race until it wins")
    void givenConflictingFirstAttempt_whenRetried_thenSucceeds() {
        created();
        Versioned<Counter> stale = counters.get("c-1");
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        int[] attempts = {0};

        Versioned<Counter> saved = Retry.onConflict(3, () -> {
            attempts[0]++;
            Versioned<Counter> base = attempts[0] == 1 ? stale : counters.get("c-1");
            return counters.save(base, base.aggregate().increment(clock.instant()), ACTOR, "Increment");
        });

        assertThat(attempts[0]).isEqualTo(2);
        assertThat(saved.aggregate().count()).isEqualTo(2);
    }

    @Test
    @DisplayName("Retry gives up after the last attempt and passes the conflict on")
    void givenAlwaysConflicting_whenRetried_thenConflictAfterLastAttempt() {
        int[] attempts = {0};

        assertThatThrownBy(() -> Retry.onConflict(3, () -> {
            attempts[0]++;
            throw new ConcurrencyConflict("counters", "c-1", 1, 2, null);
        })).isInstanceOf(ConcurrencyConflict.class);
        assertThat(attempts[0]).isEqualTo(3);
    }

    @Test
    @DisplayName("a commit whose reply was lost but which was stored counts as saved: its audit entry is in the trail")
    void givenCommitStoredButOutcomeUnknown_whenSaved_thenSaved() {
        created();
        store.commitFault = Fault.STORED_THEN_LOST;

        Versioned<Counter> saved = counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));

        assertThat(saved.version()).isEqualTo(2);
        assertThat(counters.get("c-1").aggregate().count()).isEqualTo(1);
        assertThat(counters.verify("c-1").isIntact()).isTrue();
    }

    @Test
    @DisplayName("a commit whose outcome is unknown, while another writer stored that version, is a conflict to repeat")
    void givenRivalStoredTheVersion_whenOutcomeUnknown_thenConcurrencyConflict() {
        created();
        store.commitFault = Fault.RIVAL_STORED_INSTEAD;

        assertThatThrownBy(() -> counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant())))
            .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
                assertThat(conflict.expectedVersion()).isEqualTo(1);
                assertThat(conflict).hasCauseInstanceOf(CommitOutcomeUnknown.class);
            });
        assertThat(memory.auditTrail("counters", "c-1")).extracting(AuditEntry::actorId).containsExactly("li.na", "rival");
    }

    @Test
    @DisplayName("a commit whose outcome is unknown and whose version nobody stored yet stays unknown: it may still land")
    void givenNothingAtTheVersion_whenOutcomeUnknown_thenStillUnknown() {
        created();
        store.commitFault = Fault.LOST_BEFORE_STORED;

        assertThatThrownBy(() -> counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant())))
            .isInstanceOf(CommitOutcomeUnknown.class);
        assertThat(memory.auditTrail("counters", "c-1")).hasSize(1);
    }

    @Test
    @DisplayName("when the trail cannot be read either, the outcome stays unknown")
    void givenTrailUnreadable_whenSaved_thenOutcomeUnknown() {
        created();
        store.commitFault = Fault.LOST_BEFORE_STORED;
        store.auditTamper = trail -> {
            throw new StoreException("the database is gone");
        };

        assertThatThrownBy(() -> counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant())))
            .isInstanceOf(CommitOutcomeUnknown.class)
            .satisfies(unknown -> assertThat(unknown.getSuppressed()).singleElement().asString()
                .contains("the database is gone"));
    }

    private AggregateRepository<Counter> freshRepository() {
        return new AggregateRepository<>(store, "counters", new Counters(), JsonEventCodec.INSTANCE, AuditSeal.unkeyed(),
            clock);
    }

    private Document stored(String id) {
        return memory.read("counters", id).orElseThrow();
    }

    private static Document rewritten(Document document, String auditHash) {
        return new Document(document.collection(), document.id(), document.version(), document.body(),
            document.attributes(), auditHash);
    }

    @Test
    @DisplayName("the repository names its collection")
    void givenRepository_whenAskedItsCollection_thenTheCollection() {
        assertThat(counters.collection()).isEqualTo("counters");
    }

    @Test
    @DisplayName("DS-7.2.1 a document stored without the SDK has no trail to vouch for it")
    void givenDocumentWithoutTrail_whenVerified_thenNoTrailReported() {
        memory.write(WriteBatch.of(DocumentWrite.create("counters", "c-9", Json.write(new Counter("c-9", 0)), Map.of())));

        AuditVerification verification = counters.verify("c-9");

        assertThat(verification.entries()).isZero();
        assertThat(verification.problems()).containsExactly("the document has no audit trail");
    }

    @Test
    @DisplayName("DS-7.2.1 a trail whose document is gone is reported; an id with neither is NotFound")
    void givenTrailWithoutDocument_whenVerified_thenMissingDocumentReported() {
        created();
        store.documentsLost = true;

        assertThat(counters.verify("c-1").problems())
            .containsExactly("the trail records a document that the store does not hold");
        assertThatThrownBy(() -> counters.verify("nobody")).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("the events of one change get ids from one digest: the first's, then its low bits folded with the position")
    void givenChangeWithThreeEvents_whenSaved_thenIdsDerivedByPosition() {
        created();

        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant())
            .andThen(next -> next.increment(clock.instant())).andThen(next -> next.increment(clock.instant())));

        java.util.UUID first = java.util.UUID.nameUUIDFromBytes("counters/c-1/2".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
        assertThat(memory.pendingEvents(10)).extracting(pending -> pending.event().eventId()).containsExactly(first,
            new java.util.UUID(first.getMostSignificantBits(), first.getLeastSignificantBits() ^ 1),
            new java.util.UUID(first.getMostSignificantBits(), first.getLeastSignificantBits() ^ 2));
    }

    @Test
    @DisplayName("a visit without a handler for unreadable documents sees every aggregate in id order")
    void givenSeveralAggregates_whenVisited_thenEachInIdOrder() {
        counters.create(Changed.to(new Counter("c-2", 5)), ACTOR, "Create", List.of());
        created();
        List<Counter> visited = new ArrayList<>();

        counters.forEach(1, counter -> visited.add(counter.aggregate()));

        assertThat(visited).containsExactly(new Counter("c-1", 0), new Counter("c-2", 5));
    }

    @Test
    @DisplayName("the aggregate just saved is known at its document's version, without decoding")
    void givenSaved_whenItsDocumentIsRead_thenKnownAsSaved() {
        Versioned<Counter> saved = created();

        assertThat(counters.known(stored("c-1"))).get().isSameAs(saved);
    }

    @Test
    @DisplayName("a document at another version, or sealed by someone else, is not taken from what is known")
    void givenOtherVersionOrOtherSeal_whenAskedIfKnown_thenNot() {
        created();
        Document first = stored("c-1");
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));

        assertThat(counters.known(first)).isEmpty();
        assertThat(counters.known(rewritten(stored("c-1"), "someone-else"))).isEmpty();
        assertThat(counters.known(stored("c-1"))).get().extracting(Versioned::version).isEqualTo(2L);
    }

    @Test
    @DisplayName("an aggregate read by id is remembered; one met in a scan is not, so a scan does not flush the cache")
    void givenReadAndScan_whenAskedIfKnown_thenOnlyTheReadOne() {
        created();
        counters.create(Changed.to(new Counter("c-2", 5)), ACTOR, "Create", List.of());
        AggregateRepository<Counter> reader = freshRepository();

        Versioned<Counter> read = reader.get("c-1");
        reader.forEach(10, counter -> { });

        assertThat(reader.known(stored("c-1"))).get().isSameAs(read);
        assertThat(reader.known(stored("c-2"))).isEmpty();
    }

    @Test
    @DisplayName("reading an older version keeps the newer one known; a rival's document at the same version replaces it")
    void givenOlderAndRivalDocuments_whenDecoded_thenNewestKept() {
        created();
        Document first = stored("c-1");
        counters.update("c-1", ACTOR, "Increment", c -> c.increment(clock.instant()));
        Document second = stored("c-1");
        AggregateRepository<Counter> reader = freshRepository();

        Versioned<Counter> newer = reader.decode(second);
        reader.decode(first);
        assertThat(reader.known(second)).get().isSameAs(newer);

        Document rival = rewritten(second, "rival-hash");
        Versioned<Counter> rivals = reader.decode(rival);
        assertThat(reader.known(rival)).get().isSameAs(rivals);
        assertThat(reader.known(second)).isEmpty();
    }

    @Test
    @DisplayName("what is known is bounded: past ten thousand aggregates it is dropped whole and starts again")
    void givenTenThousandKnown_whenOneMoreDecoded_thenTheOldestForgotten() {
        AggregateRepository<Counter> reader = freshRepository();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            documents.add(new Document("counters", "c-" + i, 1, Json.write(new Counter("c-" + i, i)), Map.of(), "h"));
        }
        for (int i = 0; i < 10_000; i++) {
            reader.decode(documents.get(i));
        }
        assertThat(reader.known(documents.get(0))).isPresent();
        assertThat(reader.known(documents.get(9_999))).isPresent();

        reader.decode(documents.get(10_000));

        assertThat(reader.known(documents.get(0))).isEmpty();
        assertThat(reader.known(documents.get(9_999))).isEmpty();
        assertThat(reader.known(documents.get(10_000))).get().extracting(Versioned::aggregate)
            .isEqualTo(new Counter("c-10000", 10_000));
    }

    @Test
    @DisplayName("a unit of work stores changes to several aggregates in one batch, once")
    void givenUnitOfWorkWithTwoAggregates_whenCommitted_thenBothStoredAndKnown() {
        UnitOfWork unit = new UnitOfWork(store);
        Versioned<Counter> first = unit.create(counters, Changed.to(new Counter("c-1", 1)), ACTOR, "Create");
        Versioned<Counter> second = unit.create(counters, Changed.to(new Counter("c-2", 2)), ACTOR, "Create");
        assertThat(counters.find("c-1")).isEmpty();

        unit.commit();

        assertThat(counters.get("c-1").aggregate()).isEqualTo(new Counter("c-1", 1));
        assertThat(counters.get("c-2").aggregate()).isEqualTo(new Counter("c-2", 2));
        assertThat(counters.known(stored("c-2"))).get().isSameAs(second);
        assertThat(unit.store()).isSameAs(store);
        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(unit::commit).isInstanceOf(IllegalStateException.class).hasMessage("a unit of work commits once");
    }

    @Test
    @DisplayName("a unit of work with nothing changed writes nothing")
    void givenUnitOfWorkWithNothingChanged_whenCommitted_thenNothingWritten() {
        Versioned<Counter> current = created();
        UnitOfWork unit = new UnitOfWork(store);

        assertThat(unit.save(counters, current, Changed.nothing(current.aggregate()), ACTOR, "Noop")).isSameAs(current);
        unit.commit();

        assertThat(memory.auditTrail("counters", "c-1")).hasSize(1);
    }

    @Test
    @DisplayName("Retry needs at least one attempt, and one attempt runs the command once")
    void givenAttemptCounts_whenRetried_thenAtLeastOne() {
        int[] runs = {0};

        assertThat(Retry.onConflict(1, () -> ++runs[0])).isEqualTo(1);
        assertThatThrownBy(() -> Retry.onConflict(0, () -> ++runs[0]))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("attempts must be 1 or more but was 0");
        assertThat(runs[0]).isEqualTo(1);
    }

    /** How the next write fails at commit, if it does. */
    enum Fault {
        NONE,
        /** The batch is stored, then the reply is lost. */
        STORED_THEN_LOST,
        /** The commit never reaches the store. */
        LOST_BEFORE_STORED,
        /** The commit never reaches the store, and a rival stores the same version meanwhile. */
        RIVAL_STORED_INSTEAD
    }

    /** Passes everything through, optionally editing what is read back, as a database edit would. */
    static final class TamperingStore extends ForwardingDocumentStore {
        UnaryOperator<List<AuditEntry>> auditTamper = UnaryOperator.identity();
        UnaryOperator<Document> documentTamper = UnaryOperator.identity();
        boolean documentsLost;
        Fault commitFault = Fault.NONE;

        TamperingStore(DocumentStore delegate) {
            super(delegate);
        }

        @Override
        public void write(WriteBatch batch) {
            Fault fault = commitFault;
            commitFault = Fault.NONE;
            if (fault == Fault.NONE || fault == Fault.STORED_THEN_LOST) {
                super.write(batch);
            }
            if (fault == Fault.RIVAL_STORED_INSTEAD) {
                super.write(rivalOf(batch));
            }
            if (fault != Fault.NONE) {
                throw new CommitOutcomeUnknown("the connection broke during the commit", null);
            }
        }

        @Override
        public Optional<Document> read(String collection, String id) {
            return documentsLost ? Optional.empty() : super.read(collection, id).map(documentTamper);
        }

        /** The same documents and events, sealed by someone else. */
        private static WriteBatch rivalOf(WriteBatch batch) {
            WriteBatch.Builder rival = WriteBatch.builder();
            batch.documents().forEach(write -> rival.write(write.withAuditHash("rival-hash")));
            rival.events(batch.events());
            batch.auditEntries().forEach(entry -> rival.audit(new AuditEntry(entry.collection(), entry.documentId(),
                entry.version(), "rival", entry.action(), entry.occurredAt(), entry.detail(), entry.bodyHash(),
                entry.previousHash(), "rival-hash")));
            return rival.build();
        }

        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            return auditTamper.apply(super.auditTrail(collection, id));
        }
    }
}
