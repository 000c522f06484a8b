package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.ScanPage;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The TCK is only worth something if it fails a wrong store. Each case below is a store that breaks
 * exactly one promise of the SPI's javadoc (a {@link ForwardingDocumentStore} over a correct
 * {@link InMemoryDocumentStore}); the whole TCK runs against it through the JUnit Platform and must
 * fail, in one of the tests named for that promise. Stores that break a promise only under
 * concurrency add latency where the race would be, so that two cores really race.
 */
class TckCatchesBrokenStoresTest {

    /** The promise a store breaks, the store, and the TCK tests that are about that promise. */
    record BrokenPromise(String promise, Supplier<DocumentStore> store, List<String> caughtBy) {
        @Override
        public String toString() {
            return promise;
        }
    }

    private static BrokenPromise broken(String promise, Supplier<DocumentStore> store, String... caughtBy) {
        return new BrokenPromise(promise, store, List.of(caughtBy));
    }

    static Stream<BrokenPromise> brokenPromises() {
        return Stream.of(
            // ---------------------------------------------------------------------- documents
            broken("a write naming a stale version is a conflict", IgnoresVersions::new,
                "givenStaleVersion_whenUpdated_thenConflictNamesBothVersions",
                "givenExistingDocument_whenCreatedAgain_thenConflictAndOriginalKept"),
            broken("a batch is stored whole or not at all", Piecemeal::new,
                "givenBatchWithOneStaleDocument_whenWritten_thenNothingOfTheBatchIsWritten"),
            broken("a document written again in a batch ends as its last write left it", KeepsFirstWriteOnly::new,
                "givenCreateThenUpdateInOneBatch_whenWritten_thenVersionTwoLastContentBothEntries",
                "givenTwoChainedUpdates_whenWritten_thenStoredFromTheFirstsVersionOrNotAtAll"),
            broken("a conflict names the stale document with its expected and actual version", MisreportsConflicts::new,
                "givenStaleVersion_whenUpdated_thenConflictNamesBothVersions",
                "givenExistingDocument_whenCreatedAgain_thenConflictAndOriginalKept"),
            broken("of writers racing on one version exactly one succeeds: no update is lost",
                ChecksThenWrites::new,
                "givenManyWriters_whenEachReadsModifiesWrites_thenNoLostUpdate",
                "givenManyWritersOfPairs_whenRacing_thenBatchesStayAtomic",
                "givenManyCreatorsOfOneId_whenRacing_thenExactlyOneWins"),
            broken("a read hands back the current version", StaleReads::new,
                "givenDocument_whenUpdatedWithCurrentVersion_thenVersionGrowsByOne"),
            broken("a document comes back with the audit hash it was written with", DropsAuditHashes::new,
                "givenNewDocument_whenCreated_thenReadBackAtVersionOne"),
            broken("a look-up sees the current attributes only", StaleIndex::new,
                "givenUpdatedAttribute_whenFound_thenOnlyTheNewValueMatches",
                "givenAttributeDroppedByUpdate_whenFound_thenNoMatch"),
            broken("a look-up hands back the current version", StaleLookUps::new,
                "givenUpdateKeepingTheAttribute_whenFound_thenCurrentVersion"),
            broken("a look-up matches attribute values exactly, case included", CaseBlindLookUps::new,
                "givenAttribute_whenFoundByAnotherCase_thenNoMatch"),
            broken("ids are case-sensitive", CaseBlindIds::new,
                "givenIdsDifferingInCase_whenWritten_thenSeparateDocumentsInStringOrder"),
            broken("ids are kept whole up to 128 characters", TruncatesIds::new,
                "givenLongestIds_whenWritten_thenKeptWhole"),
            broken("collections are apart", OneNamespace::new,
                "givenSameIdInTwoCollections_whenRead_thenEachHasItsOwn",
                "givenSameIdsInTwoCollections_whenScannedAndAudited_thenEachSeesItsOwn",
                "givenSameAttributeInAnotherCollection_whenFound_thenNotMixedIn"),
            broken("bodies, payloads and audit details of 1 MiB are kept whole", TruncatesLargeTexts::new,
                "givenLargestTexts_whenStored_thenWhole"),
            broken("instants keep microseconds", TruncatesToMillis::new,
                "givenInstantWithMicroseconds_whenStored_thenKept", "givenAuditEntry_whenRead_thenExactlyAsWritten"),
            broken("audit details come back exactly as written", ReformatsAuditDetails::new,
                "givenAuditEntry_whenRead_thenExactlyAsWritten"),
            broken("a scan or look-up never sees half a batch", HalfBatchesVisible::new,
                "givenPairsWrittenTogether_whenReadMeanwhile_thenNeverHalfABatch"),
            // --------------------------------------------------------------------------- scans
            broken("scan pages follow one another in id order", OverlappingScan::new,
                "givenSevenDocuments_whenScannedByThree_thenThreePagesInIdOrder", "givenDocuments_whenVisited_thenEachOnce"),
            broken("a scan hands out no more than its limit", ScanIgnoresLimit::new,
                "givenSevenDocuments_whenScannedByThree_thenThreePagesInIdOrder",
                "givenTenDocuments_whenScannedByOneToTen_thenExactlyTheLimit"),
            broken("a scan hands out no fewer than its limit while documents follow", ShortScanPages::new,
                "givenTenDocuments_whenScannedByOneToTen_thenExactlyTheLimit"),
            broken("a page names a next page exactly when documents follow it", FullPageNamesNext::new,
                "givenThreeDocuments_whenScannedByThreeAndByTwo_thenNextOnlyWhenMoreFollow",
                "givenEmptyCollection_whenScanned_thenEmptyLastPage"),
            broken("a limit below 1 is refused", AcceptsZeroLimits::new,
                "givenLimitZero_whenScanned_thenRefused", "givenLimitZero_whenReadOrRelayed_thenRefused"),
            // --------------------------------------------------------------------------- audit
            broken("audit entries are stored with their batch", DropsAudit::new,
                "givenAuditedWrites_whenTrailRead_thenEntriesInVersionOrder",
                "givenAuditEntry_whenRead_thenExactlyAsWritten"),
            broken("a trail keeps every entry for good", KeepsLastTwoAuditEntries::new,
                "givenFiveAuditedWrites_whenTrailRead_thenAllFiveOldestFirst"),
            broken("a trail reads oldest first", NewestAuditFirst::new,
                "givenAuditedWrites_whenTrailRead_thenEntriesInVersionOrder",
                "givenFiveAuditedWrites_whenTrailRead_thenAllFiveOldestFirst"),
            broken("one audit entry looked up by version is the trail's entry for it", NewestForAnyVersion::new,
                "givenTrail_whenOneEntryLookedUp_thenThatVersionsEntry"),
            // -------------------------------------------------------------------------- outbox
            broken("pending events come by sequence", ReversedOutbox::new,
                "givenCommittedBatch_whenPendingRead_thenEventsInWrittenOrder",
                "givenSeveralBatches_whenPendingRead_thenCommitOrder"),
            broken("one aggregate's events come in version order whatever the clocks said", OrdersByClock::new,
                "givenEventsWithClocksRunningBackwards_whenPendingRead_thenVersionOrder"),
            broken("each pending event is handed out once per read", DuplicatesPending::new,
                "givenCommittedBatch_whenPendingRead_thenEventsInWrittenOrder"),
            broken("an event is pending until marked dispatched, and then no longer", ForgetsDispatch::new,
                "givenDispatchedEvents_whenPendingRead_thenOnlyTheRestInOrder",
                "givenPendingEvents_whenRelayed_thenHandledAndDispatched"),
            broken("dispatched events stay dispatched whatever is written after them", LosesDispatchMarks::new,
                "givenDispatchedEvents_whenMoreWritten_thenTheyStayDispatched"),
            broken("marking events dispatched leaves the others pending", DispatchesEverything::new,
                "givenDispatchedEvents_whenPendingRead_thenOnlyTheRestInOrder"),
            broken("a sequence number names one event for good", RenumbersSequences::new,
                "givenDispatchedEvents_whenPendingRead_thenOnlyTheRestInOrder"),
            broken("pendingEvents(limit) hands out no more than the limit", PendingIgnoresLimit::new,
                "givenPendingEvents_whenReadWithLimits_thenExactlyThePrefix"),
            broken("pendingEvents(limit) hands out no fewer than the limit while events are pending",
                ShortPendingPages::new, "givenPendingEvents_whenReadWithLimits_thenExactlyThePrefix"),
            broken("relay(limit) hands out no more than the limit", RelayIgnoresLimit::new,
                "givenFivePendingEvents_whenRelayedByTwo_thenTwoAtATime"),
            broken("a relay hands its events over lowest sequence first", RelaysNewestFirst::new,
                "givenFivePendingEvents_whenRelayedByTwo_thenTwoAtATime",
                "givenPendingEvents_whenRelayed_thenHandledAndDispatched"),
            broken("a handler that fails leaves its events pending", SwallowsHandlerFailures::new,
                "givenFailingHandler_whenRelayed_thenEventsStayPending"),
            broken("relays at once never hand one event out twice", UnserialisedRelays::new,
                "givenTwoRelaysAtOnce_whenDraining_thenEachEventOnceAndAggregatesInOrder"),
            broken("relays at once hand one aggregate's events out in order", ClaimsEventsNotAggregates::new,
                "givenTwoRelaysAtOnce_whenDraining_thenEachEventOnceAndAggregatesInOrder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPromises")
    @DisplayName("a store breaking one promise fails the TCK in a test about that promise")
    void givenStoreBreakingOnePromise_whenTckRuns_thenATestAboutThatPromiseFails(BrokenPromise broken) {
        List<String> failed = failedTests(broken.store());

        assertThat(failed).as("TCK tests failed by a store that breaks \"%s\"", broken.promise()).isNotEmpty()
            .containsAnyElementsOf(broken.caughtBy());
    }

    @Test
    @DisplayName("every broken store breaks a different promise")
    void givenBrokenStores_whenListed_thenOnePerPromise() {
        List<BrokenPromise> all = brokenPromises().toList();

        assertThat(all).extracting(BrokenPromise::promise).doesNotHaveDuplicates();
        assertThat(all).extracting(b -> b.store().get().getClass()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the correct in-memory store passes every one of the TCK's tests")
    void givenCorrectStore_whenTckRuns_thenEveryTestPasses() {
        assertThat(failedTests(InMemoryDocumentStore::new)).isEmpty();
        var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InMemoryDocumentStoreTckTest.class))
            .execute().testEvents();

        assertThat(results.started().count()).as("tests the TCK ran").isGreaterThanOrEqualTo(50);
        assertThat(results.succeeded().count()).isEqualTo(results.started().count());
    }

    /** Runs the whole TCK against stores from the factory; returns the names of the tests that failed. */
    private static List<String> failedTests(Supplier<DocumentStore> factory) {
        StoreFromFactoryTck.factory = factory;
        try {
            List<String> failed = new ArrayList<>();
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(StoreFromFactoryTck.class)).execute()
                .testEvents().finished().stream()
                .filter(event -> event.getRequiredPayload(TestExecutionResult.class).getStatus()
                    != TestExecutionResult.Status.SUCCESSFUL)
                .map(Event::getTestDescriptor)
                .forEach(descriptor -> failed.add(descriptor.getLegacyReportingName().replace("()", "")));
            return failed;
        } finally {
            StoreFromFactoryTck.factory = null;
        }
    }

    /** The whole TCK over the store the running case supplies (cases run one after another). */
    static final class StoreFromFactoryTck extends DocumentStoreTck {
        static volatile Supplier<DocumentStore> factory;

        @Override
        protected DocumentStore createStore() {
            return factory.get();
        }
    }

    // ============================================================================= the broken stores

    /**
     * Passes everything to a correct in-memory store; subclasses break one thing. Its relay goes
     * through this store's own {@link #pendingEvents} and {@link #markDispatched}, one relay at a
     * time, so that a store breaking those breaks its relay the same way, and nothing else.
     */
    abstract static class Broken extends ForwardingDocumentStore {
        final InMemoryDocumentStore real;
        private final ReentrantLock relays = new ReentrantLock();

        Broken() {
            this(new InMemoryDocumentStore());
        }

        private Broken(InMemoryDocumentStore real) {
            super(real);
            this.real = real;
        }

        @Override
        public int relay(int limit, OutboxHandler handler) {
            relays.lock();
            try {
                return relayUnlocked(limit, handler);
            } finally {
                relays.unlock();
            }
        }

        /** The SPI's default relay, through this store's outbox methods. */
        int relayUnlocked(int limit, OutboxHandler handler) {
            List<PendingEvent> events = pendingEvents(limit);
            if (events.isEmpty()) {
                return 0;
            }
            handOver(handler, events);
            markDispatched(events.stream().map(PendingEvent::sequence).toList());
            return events.size();
        }

        static void handOver(OutboxHandler handler, List<PendingEvent> events) {
            try {
                handler.handle(events);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException("handler failed", e);
            }
        }

        static void pause(long nanos) {
            LockSupport.parkNanos(nanos);
        }
    }

    /** Overwrites whatever is stored, whatever version the writer read. */
    static final class IgnoresVersions extends Broken {
        @Override
        public void write(WriteBatch batch) {
            List<DocumentWrite> rewritten = new ArrayList<>();
            for (DocumentWrite write : batch.documents()) {
                long actual = real.read(write.collection(), write.id()).map(Document::version).orElse(0L);
                rewritten.add(new DocumentWrite(write.collection(), write.id(), actual, write.body(),
                    write.attributes(), write.auditHash()));
            }
            real.write(new WriteBatch(rewritten, batch.events(), batch.auditEntries()));
        }
    }

    /** Writes each document on its own, so a late conflict leaves the earlier ones written. */
    static final class Piecemeal extends Broken {
        @Override
        public void write(WriteBatch batch) {
            for (int i = 0; i < batch.documents().size(); i++) {
                real.write(new WriteBatch(List.of(batch.documents().get(i)), i == 0 ? batch.events() : List.of(),
                    i == 0 ? batch.auditEntries() : List.of()));
            }
        }
    }

    /** Stores the first write of each document of a batch and drops the writes that follow it. */
    static final class KeepsFirstWriteOnly extends Broken {
        @Override
        public void write(WriteBatch batch) {
            Map<String, DocumentWrite> first = new LinkedHashMap<>();
            batch.documents().forEach(write -> first.putIfAbsent(write.collection() + '/' + write.id(), write));
            real.write(new WriteBatch(List.copyOf(first.values()), batch.events(), batch.auditEntries(),
                batch.unchanged()));
        }
    }

    /** Reports every conflict as if the document did not exist. */
    static final class MisreportsConflicts extends Broken {
        @Override
        public void write(WriteBatch batch) {
            try {
                real.write(batch);
            } catch (VersionConflict conflict) {
                throw new VersionConflict(conflict.collection(), conflict.id(), conflict.expectedVersion(), 0);
            }
        }
    }

    /**
     * Checks the expected versions itself, then, after a pause in which another writer may get in,
     * writes over whatever is there: right for one writer, losing updates when two race.
     */
    static final class ChecksThenWrites extends Broken {
        @Override
        public void write(WriteBatch batch) {
            for (DocumentWrite write : batch.documents()) {
                long actual = real.read(write.collection(), write.id()).map(Document::version).orElse(0L);
                if (actual != write.expectedVersion()) {
                    throw new VersionConflict(write.collection(), write.id(), write.expectedVersion(), actual);
                }
            }
            pause(50_000);
            for (int attempt = 0; ; attempt++) {
                List<DocumentWrite> over = new ArrayList<>();
                for (DocumentWrite write : batch.documents()) {
                    long now = real.read(write.collection(), write.id()).map(Document::version).orElse(0L);
                    over.add(new DocumentWrite(write.collection(), write.id(), now, write.body(), write.attributes(),
                        write.auditHash()));
                }
                try {
                    real.write(new WriteBatch(over, batch.events(), batch.auditEntries()));
                    return;
                } catch (VersionConflict again) {
                    if (attempt == 100) {
                        throw again;
                    }
                }
            }
        }
    }

    /** Hands back the first version it ever read of a document. */
    static final class StaleReads extends Broken {
        private final Map<String, Optional<Document>> seen = new ConcurrentHashMap<>();

        @Override
        public Optional<Document> read(String collection, String id) {
            Optional<Document> current = real.read(collection, id);
            return current.isEmpty() ? current : seen.computeIfAbsent(collection + "/" + id, key -> current);
        }
    }

    /** Forgets the audit hash a document was written with. */
    static final class DropsAuditHashes extends Broken {
        @Override
        public Optional<Document> read(String collection, String id) {
            return real.read(collection, id)
                .map(d -> new Document(d.collection(), d.id(), d.version(), d.body(), d.attributes(), ""));
        }
    }

    /** Finds documents by any value they ever had. */
    static final class StaleIndex extends Broken {
        private final Map<String, Set<String>> everSeen = new ConcurrentHashMap<>();

        @Override
        public void write(WriteBatch batch) {
            real.write(batch);
            for (DocumentWrite write : batch.documents()) {
                write.attributes().forEach((name, value) -> everSeen
                    .computeIfAbsent(write.collection() + "|" + name + "|" + value, k -> new TreeSet<>())
                    .add(write.id()));
            }
        }

        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            List<Document> found = new ArrayList<>();
            for (String id : everSeen.getOrDefault(collection + "|" + attribute + "|" + value, Set.of())) {
                real.read(collection, id).ifPresent(found::add);
            }
            return found;
        }
    }

    /** Caches what a look-up found, and refreshes it only when a write changes the attributes. */
    static final class StaleLookUps extends Broken {
        private final Map<String, Document> cached = new ConcurrentHashMap<>();

        @Override
        public void write(WriteBatch batch) {
            real.write(batch);
            for (DocumentWrite write : batch.documents()) {
                Document was = cached.get(write.collection() + "/" + write.id());
                if (was != null && !was.attributes().equals(write.attributes())) {
                    cached.remove(write.collection() + "/" + write.id());
                }
            }
        }

        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            return real.findBy(collection, attribute, value).stream()
                .map(d -> cached.computeIfAbsent(collection + "/" + d.id(), key -> d)).toList();
        }
    }

    /** Matches attribute values whatever their case. */
    static final class CaseBlindLookUps extends Broken {
        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            List<Document> found = new ArrayList<>();
            real.forEach(collection, 100, d -> d.attribute(attribute).filter(value::equalsIgnoreCase)
                .ifPresent(v -> found.add(d)));
            return found;
        }
    }

    /** Keeps documents and audit trails under ids it has changed; documents come back with those ids. */
    abstract static class RewritesIds extends Broken {
        abstract String stored(String id);

        @Override
        public void write(WriteBatch batch) {
            real.write(new WriteBatch(
                batch.documents().stream().map(w -> new DocumentWrite(w.collection(), stored(w.id()),
                    w.expectedVersion(), w.body(), w.attributes(), w.auditHash())).toList(),
                batch.events(),
                batch.auditEntries().stream().map(e -> new AuditEntry(e.collection(), stored(e.documentId()),
                    e.version(), e.actorId(), e.action(), e.occurredAt(), e.detail(), e.bodyHash(), e.previousHash(),
                    e.hash())).toList()));
        }

        @Override
        public Optional<Document> read(String collection, String id) {
            return real.read(collection, stored(id));
        }

        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            return real.auditTrail(collection, stored(id));
        }
    }

    /** Folds ids to lower case. */
    static final class CaseBlindIds extends RewritesIds {
        @Override
        String stored(String id) {
            return id.toLowerCase(Locale.ROOT);
        }
    }

    /** Keeps the first 100 characters of an id. */
    static final class TruncatesIds extends RewritesIds {
        @Override
        String stored(String id) {
            return id.length() > 100 ? id.substring(0, 100) : id;
        }
    }

    /** Keeps every collection's documents in one namespace, keyed by id alone. */
    static final class OneNamespace extends Broken {
        private static final String ALL = "all";

        private static Document as(String collection, Document d) {
            return new Document(collection, d.id(), d.version(), d.body(), d.attributes(), d.auditHash());
        }

        @Override
        public void write(WriteBatch batch) {
            real.write(new WriteBatch(
                batch.documents().stream().map(w -> new DocumentWrite(ALL, w.id(), w.expectedVersion(), w.body(),
                    w.attributes(), w.auditHash())).toList(),
                batch.events(),
                batch.auditEntries().stream().map(e -> new AuditEntry(ALL, e.documentId(), e.version(), e.actorId(),
                    e.action(), e.occurredAt(), e.detail(), e.bodyHash(), e.previousHash(), e.hash())).toList()));
        }

        @Override
        public Optional<Document> read(String collection, String id) {
            return real.read(ALL, id).map(d -> as(collection, d));
        }

        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            return real.findBy(ALL, attribute, value).stream().map(d -> as(collection, d)).toList();
        }

        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            ScanPage page = real.scan(ALL, afterId, limit);
            return new ScanPage(page.documents().stream().map(d -> as(collection, d)).toList(), page.nextAfter());
        }

        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            return real.auditTrail(ALL, id).stream().map(e -> new AuditEntry(collection, e.documentId(), e.version(),
                e.actorId(), e.action(), e.occurredAt(), e.detail(), e.bodyHash(), e.previousHash(), e.hash()))
                .toList();
        }
    }

    /** Changes what it stores: bodies, event payloads, audit entries. */
    abstract static class RewritesTexts extends Broken {
        String body(String body) {
            return body;
        }

        OutboxEvent event(OutboxEvent e) {
            return e;
        }

        AuditEntry entry(AuditEntry e) {
            return e;
        }

        @Override
        public void write(WriteBatch batch) {
            real.write(new WriteBatch(
                batch.documents().stream().map(w -> new DocumentWrite(w.collection(), w.id(), w.expectedVersion(),
                    body(w.body()), w.attributes(), w.auditHash())).toList(),
                batch.events().stream().map(this::event).toList(),
                batch.auditEntries().stream().map(this::entry).toList()));
        }
    }

    /** Keeps the first 64 KiB of a body, a payload or an audit detail. */
    static final class TruncatesLargeTexts extends RewritesTexts {
        private static final UnaryOperator<String> CUT = text -> text.length() > 65_536 ? text.substring(0, 65_536) : text;

        @Override
        String body(String body) {
            return CUT.apply(body);
        }

        @Override
        OutboxEvent event(OutboxEvent e) {
            return new OutboxEvent(e.eventId(), e.type(), e.collection(), e.aggregateId(), e.aggregateVersion(),
                e.occurredAt(), CUT.apply(e.payload()));
        }

        @Override
        AuditEntry entry(AuditEntry e) {
            return new AuditEntry(e.collection(), e.documentId(), e.version(), e.actorId(), e.action(), e.occurredAt(),
                CUT.apply(e.detail()), e.bodyHash(), e.previousHash(), e.hash());
        }
    }

    /** Stores instants to the millisecond. */
    static final class TruncatesToMillis extends RewritesTexts {
        @Override
        OutboxEvent event(OutboxEvent e) {
            return new OutboxEvent(e.eventId(), e.type(), e.collection(), e.aggregateId(), e.aggregateVersion(),
                e.occurredAt().truncatedTo(ChronoUnit.MILLIS), e.payload());
        }

        @Override
        AuditEntry entry(AuditEntry e) {
            return new AuditEntry(e.collection(), e.documentId(), e.version(), e.actorId(), e.action(),
                e.occurredAt().truncatedTo(ChronoUnit.MILLIS), e.detail(), e.bodyHash(), e.previousHash(), e.hash());
        }
    }

    /** Stores audit details as JSON with a space after each colon, as a JSON column would print them. */
    static final class ReformatsAuditDetails extends RewritesTexts {
        @Override
        AuditEntry entry(AuditEntry e) {
            return new AuditEntry(e.collection(), e.documentId(), e.version(), e.actorId(), e.action(), e.occurredAt(),
                e.detail().replace("\":", "\": ").replace("\":  ", "\": "), e.bodyHash(), e.previousHash(), e.hash());
        }
    }

    /**
     * Checks a batch's versions and writes its documents one by one under its own lock, so writers
     * stay correct, but readers (who take no lock) can see one document of a batch without the others.
     */
    static final class HalfBatchesVisible extends Broken {
        @Override
        public synchronized void write(WriteBatch batch) {
            if (batch.documents().size() == 1) {
                real.write(batch);
                return;
            }
            for (DocumentWrite write : batch.documents()) {
                long actual = real.read(write.collection(), write.id()).map(Document::version).orElse(0L);
                if (actual != write.expectedVersion()) {
                    throw new VersionConflict(write.collection(), write.id(), write.expectedVersion(), actual);
                }
            }
            for (int i = 0; i < batch.documents().size(); i++) {
                real.write(new WriteBatch(List.of(batch.documents().get(i)), i == 0 ? batch.events() : List.of(),
                    i == 0 ? batch.auditEntries() : List.of()));
                pause(100_000);
            }
        }
    }

    /** Starts every page at the last document of the page before, so pages overlap. */
    static final class OverlappingScan extends Broken {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            List<Document> all = real.scan(collection, null, Integer.MAX_VALUE).documents();
            int start = 0;
            if (afterId != null) {
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).id().equals(afterId)) {
                        start = i;
                    }
                }
            }
            List<Document> slice = all.subList(start, Math.min(all.size(), start + limit));
            boolean more = start + limit < all.size();
            return new ScanPage(slice, more ? Optional.of(slice.get(slice.size() - 1).id()) : Optional.empty());
        }
    }

    /** Hands out one document more than the limit. */
    static final class ScanIgnoresLimit extends Broken {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            return real.scan(collection, afterId, limit == Integer.MAX_VALUE ? limit : limit + 1);
        }
    }

    /** Hands out at most five documents a page, whatever the limit. */
    static final class ShortScanPages extends Broken {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            return real.scan(collection, afterId, Math.min(limit, 5));
        }
    }

    /** Names a next page whenever a page is full, even when nothing follows. */
    static final class FullPageNamesNext extends Broken {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            ScanPage page = real.scan(collection, afterId, limit);
            List<Document> documents = page.documents();
            return documents.size() == limit
                ? new ScanPage(documents, Optional.of(documents.get(documents.size() - 1).id()))
                : page;
        }
    }

    /** Takes a limit of 0 as "nothing". */
    static final class AcceptsZeroLimits extends Broken {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            return limit < 1 ? new ScanPage(List.of(), Optional.empty()) : real.scan(collection, afterId, limit);
        }

        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            return limit < 1 ? List.of() : real.pendingEvents(limit);
        }
    }

    /** Writes documents and events but no audit entries. */
    static final class DropsAudit extends Broken {
        @Override
        public void write(WriteBatch batch) {
            real.write(new WriteBatch(batch.documents(), batch.events(), List.of()));
        }
    }

    /** Keeps the last two entries of a trail. */
    static final class KeepsLastTwoAuditEntries extends Broken {
        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            List<AuditEntry> trail = real.auditTrail(collection, id);
            return trail.subList(Math.max(0, trail.size() - 2), trail.size());
        }
    }

    /** Looks one audit entry up as the newest of its trail, whatever version was asked for. */
    static final class NewestForAnyVersion extends Broken {
        @Override
        public java.util.Optional<AuditEntry> auditEntry(String collection, String id, long version) {
            List<AuditEntry> trail = real.auditTrail(collection, id);
            return trail.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(trail.get(trail.size() - 1));
        }
    }

    /** Reads trails newest first. */
    static final class NewestAuditFirst extends Broken {
        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            List<AuditEntry> trail = new ArrayList<>(real.auditTrail(collection, id));
            Collections.reverse(trail);
            return trail;
        }
    }

    /** Hands out pending events newest first. */
    static final class ReversedOutbox extends Broken {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = new ArrayList<>(real.pendingEvents(Integer.MAX_VALUE));
            Collections.reverse(events);
            return events.subList(0, Math.min(limit, events.size()));
        }
    }

    /** Orders pending events by the writer's clock, then by sequence. */
    static final class OrdersByClock extends Broken {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = new ArrayList<>(real.pendingEvents(Integer.MAX_VALUE));
            events.sort(Comparator.comparing((PendingEvent e) -> e.event().occurredAt())
                .thenComparingLong(PendingEvent::sequence));
            return events.subList(0, Math.min(limit, events.size()));
        }
    }

    /** Lists every pending event twice. */
    static final class DuplicatesPending extends Broken {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = new ArrayList<>();
            for (PendingEvent event : real.pendingEvents(limit)) {
                events.add(event);
                events.add(event);
            }
            return events.subList(0, Math.min(limit, events.size()));
        }
    }

    /** Never marks anything dispatched. */
    static final class ForgetsDispatch extends Broken {
        @Override
        public void markDispatched(Collection<Long> sequences) {
            // forgets
        }
    }

    /** Marks events dispatched, and on the next write forgets it: they are pending again. */
    static final class LosesDispatchMarks extends Broken {
        private final Map<Long, PendingEvent> dispatched = new ConcurrentHashMap<>();
        private final Map<Long, PendingEvent> resurrected = new ConcurrentHashMap<>();

        @Override
        public synchronized void write(WriteBatch batch) {
            real.write(batch);
            resurrected.putAll(dispatched);
            dispatched.clear();
        }

        @Override
        public synchronized List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = new ArrayList<>(real.pendingEvents(Integer.MAX_VALUE));
            events.addAll(resurrected.values());
            events.sort(Comparator.comparingLong(PendingEvent::sequence));
            return events.subList(0, Math.min(limit, events.size()));
        }

        @Override
        public synchronized void markDispatched(Collection<Long> sequences) {
            Set<Long> named = new HashSet<>(sequences);
            for (PendingEvent event : real.pendingEvents(Integer.MAX_VALUE)) {
                if (named.contains(event.sequence())) {
                    dispatched.put(event.sequence(), event);
                }
            }
            sequences.forEach(resurrected::remove);
            real.markDispatched(sequences);
        }
    }

    /** Marks every pending event dispatched, whichever were named. */
    static final class DispatchesEverything extends Broken {
        @Override
        public void markDispatched(Collection<Long> sequences) {
            if (!sequences.isEmpty()) {
                real.markDispatched(real.pendingEvents(Integer.MAX_VALUE).stream().map(PendingEvent::sequence).toList());
            }
        }
    }

    /** Numbers pending events by their place in the queue, so a number means another event once one goes. */
    static final class RenumbersSequences extends Broken {
        @Override
        public synchronized List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = real.pendingEvents(limit);
            List<PendingEvent> renumbered = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                renumbered.add(new PendingEvent(i + 1, events.get(i).event()));
            }
            return renumbered;
        }

        @Override
        public synchronized void markDispatched(Collection<Long> sequences) {
            List<PendingEvent> events = real.pendingEvents(Integer.MAX_VALUE);
            List<Long> real = new ArrayList<>();
            for (Long place : sequences) {
                if (place >= 1 && place <= events.size()) {
                    real.add(events.get((int) (place - 1)).sequence());
                }
            }
            this.real.markDispatched(real);
        }
    }

    /** Hands out every pending event, whatever the limit. */
    static final class PendingIgnoresLimit extends Broken {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            return real.pendingEvents(Integer.MAX_VALUE);
        }
    }

    /** Hands out at most two pending events a call, whatever the limit. */
    static final class ShortPendingPages extends Broken {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            return real.pendingEvents(Math.min(limit, 2));
        }
    }

    /** Relays every pending event at once, whatever the limit. */
    static final class RelayIgnoresLimit extends Broken {
        @Override
        public int relay(int limit, OutboxHandler handler) {
            return real.relay(Math.max(limit, 1_000_000), handler);
        }
    }

    /** Hands a relay's events to the handler newest first. */
    static final class RelaysNewestFirst extends Broken {
        @Override
        public int relay(int limit, OutboxHandler handler) {
            return real.relay(limit, events -> {
                List<PendingEvent> reversed = new ArrayList<>(events);
                Collections.reverse(reversed);
                handler.handle(reversed);
            });
        }
    }

    /** Marks a relay's events dispatched even when its handler failed, and says nothing. */
    static final class SwallowsHandlerFailures extends Broken {
        @Override
        int relayUnlocked(int limit, OutboxHandler handler) {
            List<PendingEvent> events = pendingEvents(limit);
            try {
                handler.handle(events);
            } catch (Exception ignored) {
                // "the broker will catch up"
            }
            markDispatched(events.stream().map(PendingEvent::sequence).toList());
            return events.size();
        }
    }

    /**
     * Relays without claiming anything, as the SPI's default does: two relays running at once read the
     * same pending events (the pause after reading lets the other relay read them too) and both hand
     * them out.
     */
    static final class UnserialisedRelays extends Broken {
        @Override
        public int relay(int limit, OutboxHandler handler) {
            List<PendingEvent> events = pendingEvents(limit);
            if (events.isEmpty()) {
                return 0;
            }
            pause(1_000_000);
            handOver(handler, events);
            markDispatched(events.stream().map(PendingEvent::sequence).toList());
            return events.size();
        }
    }

    /**
     * Claims events so that no two relays hand out the same one, but claims events, not aggregates:
     * while one relay hands out an aggregate's first events, another may hand out its later ones.
     */
    static final class ClaimsEventsNotAggregates extends Broken {
        private final Set<Long> claimed = new HashSet<>();

        @Override
        public int relay(int limit, OutboxHandler handler) {
            List<PendingEvent> mine = new ArrayList<>();
            synchronized (claimed) {
                for (PendingEvent event : real.pendingEvents(Integer.MAX_VALUE)) {
                    if (mine.size() == limit) {
                        break;
                    }
                    if (claimed.add(event.sequence())) {
                        mine.add(event);
                    }
                }
            }
            if (mine.isEmpty()) {
                return 0;
            }
            List<Long> sequences = mine.stream().map(PendingEvent::sequence).toList();
            try {
                handOver(handler, mine);
                markDispatched(sequences);
                return mine.size();
            } finally {
                synchronized (claimed) {
                    sequences.forEach(claimed::remove);
                }
            }
        }
    }
}
