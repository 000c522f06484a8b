package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.ScanPage;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The TCK is only worth something if it fails a wrong store. Each nested store breaks one promise of
 * the SPI; running the whole TCK against it must fail the contracts that promise is about.
 */
class TckCatchesBrokenStoresTest {

    private static List<String> failedTests(Class<?> tck) {
        List<String> failed = new ArrayList<>();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(tck)).execute().testEvents().finished()
            .stream()
            .filter(event -> event.getRequiredPayload(TestExecutionResult.class).getStatus()
                != TestExecutionResult.Status.SUCCESSFUL)
            .map(Event::getTestDescriptor)
            .forEach(descriptor -> failed.add(descriptor.getLegacyReportingName()));
        return failed;
    }

    @Test
    @DisplayName("a store that ignores expected versions fails the conflict and lost-update contracts")
    void givenStoreIgnoringVersions_whenTckRuns_thenConflictContractsFail() {
        assertThat(failedTests(IgnoresVersionsTck.class)).contains(
            "givenStaleVersion_whenUpdated_thenConflictNamesBothVersions()",
            "givenExistingDocument_whenCreatedAgain_thenConflictAndOriginalKept()",
            "givenManyWriters_whenEachReadsModifiesWrites_thenNoLostUpdate()",
            "givenManyCreatorsOfOneId_whenRacing_thenExactlyOneWins()");
    }

    @Test
    @DisplayName("a store that writes a batch document by document fails the atomic-batch contract")
    void givenStoreWritingPiecemeal_whenTckRuns_thenAtomicityContractFails() {
        assertThat(failedTests(PiecemealTck.class))
            .contains("givenBatchWithOneStaleDocument_whenWritten_thenNothingOfTheBatchIsWritten()");
    }

    @Test
    @DisplayName("a store whose index remembers old values fails the index contract")
    void givenStoreWithStaleIndex_whenTckRuns_thenIndexContractFails() {
        assertThat(failedTests(StaleIndexTck.class)).contains(
            "givenUpdatedAttribute_whenFound_thenOnlyTheNewValueMatches()",
            "givenAttributeDroppedByUpdate_whenFound_thenNoMatch()");
    }

    @Test
    @DisplayName("a store that hands out events newest first fails the outbox-order contract")
    void givenStoreReversingOutbox_whenTckRuns_thenOrderContractFails() {
        assertThat(failedTests(ReversedOutboxTck.class)).contains(
            "givenCommittedBatch_whenPendingRead_thenEventsInWrittenOrder()",
            "givenSeveralBatches_whenPendingRead_thenCommitOrder()");
    }

    @Test
    @DisplayName("a store that never marks events dispatched fails the dispatch contracts")
    void givenStoreForgettingDispatch_whenTckRuns_thenDispatchContractsFail() {
        assertThat(failedTests(ForgetsDispatchTck.class)).contains(
            "givenDispatchedEvents_whenPendingRead_thenOnlyTheRestInOrder()",
            "givenPendingEvents_whenRelayed_thenHandledAndDispatched()");
    }

    @Test
    @DisplayName("a store that drops audit entries fails the audit contracts")
    void givenStoreDroppingAudit_whenTckRuns_thenAuditContractsFail() {
        assertThat(failedTests(DropsAuditTck.class)).contains(
            "givenAuditedWrites_whenTrailRead_thenEntriesInVersionOrder()",
            "givenAuditEntry_whenRead_thenExactlyAsWritten()");
    }

    @Test
    @DisplayName("a store whose scan pages overlap fails the scan contracts")
    void givenStoreWithOverlappingScanPages_whenTckRuns_thenScanContractsFail() {
        assertThat(failedTests(OverlappingScanTck.class)).contains(
            "givenSevenDocuments_whenScannedByThree_thenThreePagesInIdOrder()",
            "givenDocuments_whenVisited_thenEachOnce()");
    }

    @Test
    @DisplayName("the correct in-memory store passes every one of the TCK's tests")
    void givenCorrectStore_whenTckRuns_thenEveryTestPasses() {
        var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InMemoryDocumentStoreTckTest.class))
            .execute().testEvents();

        assertThat(results.started().count()).as("tests the TCK ran").isGreaterThanOrEqualTo(30);
        assertThat(results.succeeded().count()).isEqualTo(results.started().count());
    }

    /** Passes everything to a real in-memory store; subclasses break one thing. */
    abstract static class Delegating extends ForwardingDocumentStore {
        final InMemoryDocumentStore real;

        Delegating() {
            this(new InMemoryDocumentStore());
        }

        private Delegating(InMemoryDocumentStore real) {
            super(real);
            this.real = real;
        }
    }

    /** Overwrites whatever is stored, whatever version the writer read. */
    static final class IgnoresVersions extends Delegating {
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
    static final class Piecemeal extends Delegating {
        @Override
        public void write(WriteBatch batch) {
            for (int i = 0; i < batch.documents().size(); i++) {
                real.write(new WriteBatch(List.of(batch.documents().get(i)), i == 0 ? batch.events() : List.of(),
                    i == 0 ? batch.auditEntries() : List.of()));
            }
        }
    }

    /** Finds documents by any value they ever had. */
    static final class StaleIndex extends Delegating {
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

    /** Hands out pending events newest first. */
    static final class ReversedOutbox extends Delegating {
        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            List<PendingEvent> events = new ArrayList<>(real.pendingEvents(Integer.MAX_VALUE));
            java.util.Collections.reverse(events);
            return events.subList(0, Math.min(limit, events.size()));
        }
    }

    /** Never marks anything dispatched. */
    static final class ForgetsDispatch extends Delegating {
        @Override
        public void markDispatched(Collection<Long> sequences) {
            // forgets
        }

        @Override
        public int relay(int limit, dev.directsupply.persistence.OutboxHandler handler) {
            List<PendingEvent> events = pendingEvents(limit);
            try {
                handler.handle(events);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            markDispatched(events.stream().map(PendingEvent::sequence).toList());
            return events.size();
        }
    }

    /** Writes documents and events but no audit entries. */
    static final class DropsAudit extends Delegating {
        @Override
        public void write(WriteBatch batch) {
            real.write(new WriteBatch(batch.documents(), batch.events(), List.of()));
        }
    }

    /** Starts every page at the last document of the page before, so pages overlap. */
    static final class OverlappingScan extends Delegating {
        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            ScanPage page = real.scan(collection, null, Integer.MAX_VALUE);
            List<Document> all = page.documents();
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

    static final class ForgetsDispatchTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new ForgetsDispatch();
        }
    }

    static final class DropsAuditTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new DropsAudit();
        }
    }

    static final class OverlappingScanTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new OverlappingScan();
        }
    }

    static final class IgnoresVersionsTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new IgnoresVersions();
        }
    }

    static final class PiecemealTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new Piecemeal();
        }
    }

    static final class StaleIndexTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new StaleIndex();
        }
    }

    static final class ReversedOutboxTck extends DocumentStoreTck {
        @Override
        protected DocumentStore createStore() {
            return new ReversedOutbox();
        }
    }
}
