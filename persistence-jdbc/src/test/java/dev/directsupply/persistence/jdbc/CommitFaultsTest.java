package dev.directsupply.persistence.jdbc;

import static dev.directsupply.persistence.jdbc.FaultyDataSource.Fault.AFTER_COMMIT;
import static dev.directsupply.persistence.jdbc.FaultyDataSource.Fault.COMMIT_LOST_BEFORE_SERVER;
import static dev.directsupply.persistence.jdbc.FaultyDataSource.Fault.COMMIT_REPLY_LOST;
import static dev.directsupply.persistence.jdbc.FaultyDataSource.Fault.STATEMENT_CUTS_CONNECTION;
import static dev.directsupply.persistence.jdbc.FaultyDataSource.Fault.STATEMENT_DEADLOCKS;
import static dev.directsupply.persistence.jdbc.TestDatabases.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.CommitOutcomeUnknown;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.TransientConflict;
import dev.directsupply.persistence.WriteBatch;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connection cut before, during and after the commit, on a real PostgreSQL: nothing is ever half
 * written, no outbox or audit row is orphaned, and the outcome is reported as it is.
 */
class CommitFaultsTest {
    private static final String DATABASE = TestDatabases.newPostgresDatabase();
    private static final DataSource CLEAN = TestDatabases.postgresDirect(DATABASE);
    private static final Instant AT = Instant.parse("2026-03-15T01:00:00.123456Z");

    private final FaultyDataSource faulty = new FaultyDataSource(TestDatabases.postgresDirect(DATABASE));
    private final JdbcDocumentStore store = JdbcDocumentStore.builder(faulty).build();
    private String id;

    @BeforeEach
    void createDocument() {
        id = "customer-" + UUID.randomUUID();
        store.write(batch(0, "h1", ""));
    }

    /** Version {@code expected + 1} of the document with two events and its audit entry. */
    private WriteBatch batch(long expected, String hash, String previousHash) {
        return WriteBatch.builder()
            .write(new DocumentWrite("customers", id, expected, "{\"n\": " + (expected + 1) + "}",
                Map.of("tier", "T" + (expected + 1)), hash))
            .event(new OutboxEvent(UUID.randomUUID(), "customer.A", "customers", id, expected + 1, AT, "{}"))
            .event(new OutboxEvent(UUID.randomUUID(), "customer.B", "customers", id, expected + 1, AT, "{}"))
            .audit(new AuditEntry("customers", id, expected + 1, "li.na", "Test", AT, "{}", "b", previousHash, hash))
            .build();
    }

    private long version() {
        return count(CLEAN, "SELECT COALESCE(MAX(version), 0) FROM ds_documents WHERE collection = 'customers' AND id = ?",
            id);
    }

    private long outboxRows() {
        return count(CLEAN, "SELECT COUNT(*) FROM ds_outbox WHERE aggregate_id = ?", id);
    }

    private long auditRows() {
        return count(CLEAN, "SELECT COUNT(*) FROM ds_audit WHERE document_id = ?", id);
    }

    private void assertOnlyTheFirstVersionIsStored() {
        assertThat(version()).isEqualTo(1);
        assertThat(outboxRows()).as("outbox rows").isEqualTo(2);
        assertThat(auditRows()).as("audit rows").isEqualTo(1);
    }

    private void assertTheSecondVersionIsStoredWhole() {
        assertThat(version()).isEqualTo(2);
        assertThat(outboxRows()).as("outbox rows: exactly one per event").isEqualTo(4);
        assertThat(auditRows()).as("audit rows").isEqualTo(2);
        assertThat(store.read("customers", id).orElseThrow().attributes()).containsEntry("tier", "T2");
    }

    @Test
    @DisplayName("a committed batch stores exactly one outbox row per event")
    void givenCommittedBatch_whenCounted_thenOneOutboxRowPerEvent() {
        store.write(batch(1, "h2", "h1"));

        assertTheSecondVersionIsStoredWhole();
    }

    @Test
    @DisplayName("a batch rolled back by a version conflict leaves 0 outbox and 0 audit rows")
    void givenStaleBatch_whenWritten_thenNoOutboxRows() {
        assertThatThrownBy(() -> store.write(batch(0, "h2", "h1"))).isInstanceOf(StoreConflict.class);

        assertOnlyTheFirstVersionIsStored();
    }

    @ParameterizedTest(name = "cut while running {0}")
    @ValueSource(strings = {"UPDATE ds_documents", "INSERT INTO ds_outbox", "INSERT INTO ds_audit"})
    @DisplayName("a connection cut before the commit: a plain failure, nothing written")
    void givenConnectionCutBeforeCommit_whenWritten_thenFailureAndNothingWritten(String statement) {
        faulty.breakAt(STATEMENT_CUTS_CONNECTION, statement);

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1")))
            .isInstanceOf(StoreException.class)
            .isNotInstanceOf(CommitOutcomeUnknown.class)
            .hasMessageContaining("nothing was written");
        assertOnlyTheFirstVersionIsStored();
    }

    @Test
    @DisplayName("a connection lost as the commit is sent: outcome unknown, and in fact nothing written")
    void givenCommitNeverReachingServer_whenWritten_thenOutcomeUnknownAndNothingWritten() {
        faulty.breakAt(COMMIT_LOST_BEFORE_SERVER, "");

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1"))).isInstanceOf(CommitOutcomeUnknown.class);
        assertOnlyTheFirstVersionIsStored();
    }

    @Test
    @DisplayName("a commit whose reply is lost: outcome unknown, and in fact all written")
    void givenCommitReplyLost_whenWritten_thenOutcomeUnknownAndAllWritten() {
        faulty.breakAt(COMMIT_REPLY_LOST, "");

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1")))
            .isInstanceOf(CommitOutcomeUnknown.class)
            .hasMessageContaining("entirely or not at all");
        assertTheSecondVersionIsStoredWhole();
    }

    @Test
    @DisplayName("a connection that fails after the commit returned: success")
    void givenConnectionFailingAfterCommit_whenWritten_thenSuccess() {
        faulty.breakAt(AFTER_COMMIT, "");

        assertThatCode(() -> store.write(batch(1, "h2", "h1"))).doesNotThrowAnyException();
        assertTheSecondVersionIsStoredWhole();
    }

    @Test
    @DisplayName("a deadlock (40P01) is a retryable conflict; nothing written")
    void givenDeadlock_whenWritten_thenTransientConflictAndNothingWritten() {
        faulty.breakAt(STATEMENT_DEADLOCKS, "INSERT INTO ds_outbox");

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1")))
            .isInstanceOfSatisfying(TransientConflict.class, conflict -> {
                assertThat(conflict.sqlState()).isEqualTo("40P01");
                assertThat(conflict.isRetryable()).isTrue();
            });
        assertOnlyTheFirstVersionIsStored();
    }
}
