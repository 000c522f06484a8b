package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A stale expected version fails the whole batch, names the document, and writes nothing. */
public interface ConflictContract extends StoreUnderTest {

    @Test
    @DisplayName("creating a document that exists is a conflict and keeps the original")
    default void givenExistingDocument_whenCreatedAgain_thenConflictAndOriginalKept() {
        create("c-1", 1, Map.of());

        VersionConflict conflict = catchThrowableOfType(VersionConflict.class, () -> create("c-1", 2, Map.of()));

        assertThat(conflict).isNotNull();
        assertThat(conflict.collection()).isEqualTo(collection());
        assertThat(conflict.id()).isEqualTo("c-1");
        assertThat(conflict.expectedVersion()).isZero();
        assertThat(conflict.actualVersion()).isEqualTo(1);
        assertThat(StoreUnderTest.counter(store().read(collection(), "c-1").orElseThrow().body())).isEqualTo(1);
    }

    @Test
    @DisplayName("a stale expected version is a retryable conflict naming expected and actual version")
    default void givenStaleVersion_whenUpdated_thenConflictNamesBothVersions() {
        create("c-1", 1, Map.of());
        update("c-1", 1, 2, Map.of());

        VersionConflict conflict = catchThrowableOfType(VersionConflict.class, () -> update("c-1", 1, 3, Map.of()));

        assertThat(conflict).isNotNull();
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(conflict.isRetryable()).isTrue();
        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("updating a document that does not exist is a conflict with actual version 0")
    default void givenMissingDocument_whenUpdated_thenConflictWithActualZero() {
        VersionConflict conflict = catchThrowableOfType(VersionConflict.class, () -> update("ghost", 3, 1, Map.of()));

        assertThat(conflict).isNotNull();
        assertThat(conflict.actualVersion()).isZero();
        assertThat(store().read(collection(), "ghost")).isEmpty();
    }

    @Test
    @DisplayName("a batch with one stale document writes none of its documents, events or audit entries")
    default void givenBatchWithOneStaleDocument_whenWritten_thenNothingOfTheBatchIsWritten() {
        create("c-1", 1, Map.of("tier", "SMALL"));
        create("c-2", 1, Map.of());
        update("c-2", 1, 2, Map.of());
        WriteBatch batch = WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(10), Map.of("tier", "LARGE")))
            .write(DocumentWrite.create(collection(), "c-3", body(10), Map.of("tier", "LARGE")))
            .write(DocumentWrite.update(collection(), "c-2", 1, body(10), Map.of()))
            .event(event("c-1", 2, "Changed"))
            .audit(auditEntry("c-1", 2, "h2", "h1"))
            .build();

        VersionConflict conflict = catchThrowableOfType(VersionConflict.class, () -> store().write(batch));

        assertThat(conflict).isNotNull();
        assertThat(conflict.id()).isEqualTo("c-2");
        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(1);
        assertThat(store().read(collection(), "c-3")).isEmpty();
        assertThat(store().findBy(collection(), "tier", "LARGE")).isEmpty();
        assertThat(store().findBy(collection(), "tier", "SMALL")).extracting(d -> d.id()).containsExactly("c-1");
        assertThat(pendingOfThisTest()).isEmpty();
        assertThat(store().auditTrail(collection(), "c-1")).isEmpty();
    }

    @Test
    @DisplayName("after a conflict the writer can read the current version and succeed")
    default void givenConflict_whenRetriedWithCurrentVersion_thenWritten() {
        create("c-1", 1, Map.of());
        update("c-1", 1, 2, Map.of());
        catchThrowableOfType(VersionConflict.class, () -> update("c-1", 1, 3, Map.of()));

        long current = store().read(collection(), "c-1").orElseThrow().version();
        update("c-1", current, 3, Map.of());

        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    @DisplayName("a batch stands on documents it names unchanged (one named twice counts once): at their versions it is written whole")
    default void givenUnchangedDocumentsAtTheirVersions_whenWritten_thenBatchStored() {
        create("agreement", 1, Map.of());
        create("assignment", 1, Map.of());
        update("assignment", 1, 2, Map.of());

        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "order", body(5), Map.of()))
            .audit(auditEntry("order", 1, "h1", ""))
            .unchanged(new Unchanged(collection(), "agreement", 1))
            .unchanged(new Unchanged(collection(), "assignment", 2))
            .unchanged(new Unchanged(collection(), "agreement", 1))
            .build());

        assertThat(store().read(collection(), "order")).isPresent();
        assertThat(store().auditTrail(collection(), "order")).hasSize(1);
        assertThat(store().read(collection(), "agreement").orElseThrow().version()).as("not written").isEqualTo(1);
    }

    @Test
    @DisplayName("a document named unchanged that changed, or went, is a conflict naming it, and nothing is written")
    default void givenUnchangedDocumentChangedOrMissing_whenWritten_thenConflictAndNothingStored() {
        create("agreement", 1, Map.of());
        update("agreement", 1, 2, Map.of());

        VersionConflict changed = catchThrowableOfType(VersionConflict.class, () -> store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "order", body(5), Map.of()))
            .write(DocumentWrite.create(collection(), "invoice", body(5), Map.of()))
            .event(event("order", 1, "Received"))
            .audit(auditEntry("order", 1, "h1", ""))
            .audit(auditEntry("invoice", 1, "h2", ""))
            .unchanged(new Unchanged(collection(), "agreement", 1))
            .build()));
        VersionConflict changedUnderOneEntry = catchThrowableOfType(VersionConflict.class, () -> store().write(
            WriteBatch.builder()
                .write(DocumentWrite.create(collection(), "order", body(5), Map.of()))
                .audit(auditEntry("order", 1, "h1", ""))
                .unchanged(new Unchanged(collection(), "agreement", 1))
                .build()));
        VersionConflict missing = catchThrowableOfType(VersionConflict.class, () -> store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "order", body(5), Map.of()))
            .unchanged(new Unchanged(collection(), "never-written", 1))
            .build()));

        assertThat(changed).isNotNull();
        assertThat(changed.id()).isEqualTo("agreement");
        assertThat(changed.expectedVersion()).isEqualTo(1);
        assertThat(changed.actualVersion()).isEqualTo(2);
        assertThat(changedUnderOneEntry).isNotNull();
        assertThat(changedUnderOneEntry.id()).isEqualTo("agreement");
        assertThat(missing).isNotNull();
        assertThat(missing.actualVersion()).isZero();
        assertThat(store().read(collection(), "order")).isEmpty();
        assertThat(store().read(collection(), "invoice")).isEmpty();
        assertThat(store().auditTrail(collection(), "order")).isEmpty();
        assertThat(pendingOfThisTest()).isEmpty();
    }

    @Test
    @DisplayName("a document created and then written again from the version it stored, in one batch, ends at version 2 with the last content and both audit entries")
    default void givenCreateThenUpdateInOneBatch_whenWritten_thenVersionTwoLastContentBothEntries() {
        WriteBatch batch = WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of("tier", "SMALL")))
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of("tier", "LARGE")))
            .audit(auditEntry("c-1", 1, "h1", ""))
            .audit(auditEntry("c-1", 2, "h2", "h1"))
            .build();

        store().write(batch);

        var stored = store().read(collection(), "c-1").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(StoreUnderTest.counter(stored.body())).isEqualTo(2);
        assertThat(store().findBy(collection(), "tier", "LARGE")).extracting(d -> d.id()).containsExactly("c-1");
        assertThat(store().findBy(collection(), "tier", "SMALL")).isEmpty();
        assertThat(store().auditTrail(collection(), "c-1")).extracting(entry -> entry.version()).containsExactly(1L, 2L);
    }

    @Test
    @DisplayName("a document updated twice in one batch, each from the version before, is checked against the first's expected version")
    default void givenTwoChainedUpdates_whenWritten_thenStoredFromTheFirstsVersionOrNotAtAll() {
        create("c-1", 1, Map.of());
        WriteBatch chained = WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of()))
            .write(DocumentWrite.create(collection(), "c-2", body(9), Map.of()))
            .write(DocumentWrite.update(collection(), "c-1", 2, body(3), Map.of()))
            .build();

        store().write(chained);
        VersionConflict conflict = catchThrowableOfType(VersionConflict.class, () -> store().write(WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 2, body(4), Map.of()))
            .write(DocumentWrite.update(collection(), "c-1", 3, body(5), Map.of()))
            .write(DocumentWrite.create(collection(), "c-3", body(9), Map.of()))
            .build()));

        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(3);
        assertThat(StoreUnderTest.counter(store().read(collection(), "c-1").orElseThrow().body())).isEqualTo(3);
        assertThat(conflict).isNotNull();
        assertThat(conflict.expectedVersion()).isEqualTo(2);
        assertThat(conflict.actualVersion()).isEqualTo(3);
        assertThat(store().read(collection(), "c-3")).as("nothing of the stale batch").isEmpty();
    }

    @Test
    @DisplayName("a batch writing a document again, not from the version it stored before, is refused as it is built")
    default void givenDocumentWrittenTwiceUnchained_whenBatchBuilt_thenRefused() {
        WriteBatch.Builder twice = WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of()))
            .write(DocumentWrite.update(collection(), "c-1", 1, body(3), Map.of()));

        assertThat(catchThrowableOfType(IllegalArgumentException.class, twice::build)).isNotNull()
            .hasMessageContaining("c-1");
    }
}
