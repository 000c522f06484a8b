package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    @DisplayName("the correct in-memory store fails nothing")
    void givenCorrectStore_whenTckRuns_thenNothingFails() {
        assertThat(failedTests(InMemoryDocumentStoreTckTest.class)).isEmpty();
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
