package dev.directsupply.persistence.jdbc;

import static dev.directsupply.persistence.jdbc.CuttingProxy.Cut.AFTER_COMMIT;
import static dev.directsupply.persistence.jdbc.CuttingProxy.Cut.BEFORE_STATEMENT;
import static dev.directsupply.persistence.jdbc.CuttingProxy.Cut.COMMIT_NOT_SENT;
import static dev.directsupply.persistence.jdbc.CuttingProxy.Cut.COMMIT_REPLY_LOST;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connection cut before, during and after the commit, on a real PostgreSQL through a proxy that
 * closes real sockets: nothing is ever half written, no outbox or audit row is orphaned, and the
 * outcome is reported as it is.
 */
class CommitFaultsTest {
    private static final String DATABASE = TestDatabases.newPostgresDatabase();
    private static final DataSource CLEAN = TestDatabases.postgresDirect(DATABASE);
    private static final Instant AT = Instant.parse("2026-03-15T01:00:00.123456Z");

    private final CuttingProxy proxy = new CuttingProxy(TestDatabases.postgresPort());
    private final JdbcDocumentStore store =
        JdbcDocumentStore.builder(TestDatabases.postgresThrough(proxy.port(), DATABASE)).build();
    private String id;

    @BeforeEach
    void createDocument() {
        id = "customer-" + UUID.randomUUID();
        store.write(batch(0, "h1", ""));
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
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

    /** The server may take a moment to notice a vanished client and roll its transaction back. */
    private void awaitNoOpenTransaction() throws Exception {
        for (int i = 0; i < 100 && count(CLEAN, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? "
            + "AND state LIKE 'idle in transaction%'", DATABASE) > 0; i++) {
            Thread.sleep(20);
        }
    }

    private void awaitSessionWaitingForLock() throws Exception {
        String waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock'";
        for (int i = 0; i < 1_000 && count(CLEAN, waiting, DATABASE) == 0; i++) {
            Thread.sleep(20);
        }
        assertThat(count(CLEAN, waiting, DATABASE)).as("sessions waiting for a row lock").isPositive();
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

    @ParameterizedTest(name = "cut as the client sends {0}")
    @ValueSource(strings = {"UPDATE ds_documents", "INSERT INTO ds_outbox", "INSERT INTO ds_audit"})
    @DisplayName("a connection cut before the commit: a plain failure, nothing written")
    void givenConnectionCutBeforeCommit_whenWritten_thenFailureAndNothingWritten(String statement) throws Exception {
        proxy.arm(BEFORE_STATEMENT, statement);

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1")))
            .isInstanceOf(StoreException.class)
            .isNotInstanceOf(CommitOutcomeUnknown.class)
            .hasMessageContaining("nothing was written");
        awaitNoOpenTransaction();
        assertOnlyTheFirstVersionIsStored();
    }

    @Test
    @DisplayName("a connection cut as COMMIT is sent: outcome unknown, and in fact nothing written")
    void givenCommitNeverReachingServer_whenWritten_thenOutcomeUnknownAndNothingWritten() throws Exception {
        proxy.arm(COMMIT_NOT_SENT, "");

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1"))).isInstanceOf(CommitOutcomeUnknown.class);
        awaitNoOpenTransaction();
        assertOnlyTheFirstVersionIsStored();
    }

    @Test
    @DisplayName("a commit whose reply is cut off: outcome unknown, and in fact all written")
    void givenCommitReplyLost_whenWritten_thenOutcomeUnknownAndAllWritten() {
        proxy.arm(COMMIT_REPLY_LOST, "");

        assertThatThrownBy(() -> store.write(batch(1, "h2", "h1")))
            .isInstanceOf(CommitOutcomeUnknown.class)
            .hasMessageContaining("entirely or not at all");
        assertTheSecondVersionIsStoredWhole();
    }

    @Test
    @DisplayName("a connection cut after the commit returned: success")
    void givenConnectionCutAfterCommit_whenWritten_thenSuccess() throws Exception {
        proxy.arm(AFTER_COMMIT, "");

        assertThatCode(() -> store.write(batch(1, "h2", "h1"))).doesNotThrowAnyException();
        assertThat(proxy.awaitCut(Duration.ofSeconds(10)))
            .as("the connection was cut at the client's first message after COMMIT").isTrue();
        assertTheSecondVersionIsStoredWhole();
    }

    @Test
    @DisplayName("a real deadlock (40P01) is a retryable conflict, and nothing of the batch is written")
    void givenRealDeadlock_whenWritten_thenTransientConflictAndNothingWritten() throws Exception {
        String other = "customer-" + UUID.randomUUID();
        store.write(WriteBatch.of(DocumentWrite.create("customers", other, "{\"n\": 1}", Map.of())));
        WriteBatch both = WriteBatch.builder()
            .write(DocumentWrite.update("customers", id, 1, "{\"n\": 2}", Map.of()))
            .write(DocumentWrite.update("customers", other, 1, "{\"n\": 2}", Map.of()))
            .event(new OutboxEvent(UUID.randomUUID(), "customer.A", "customers", id, 2, AT, "{}"))
            .build();
        String later = id.compareTo(other) > 0 ? id : other;
        String earlier = later.equals(id) ? other : id;
        // Own threads, not the common pool: on a small machine it may have a single worker, and the
        // two sides of the deadlock must run at once.
        ExecutorService sides = Executors.newFixedThreadPool(2);
        try (Connection rival = CLEAN.getConnection()) {
            rival.setAutoCommit(false);
            // The rival waits longer before checking for deadlock, so the store's session is the one aborted.
            rival.createStatement().execute("SET deadlock_timeout = '10s'");
            lock(rival, later);
            Future<Throwable> written = sides.submit(() -> {
                try {
                    store.write(both);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            awaitSessionWaitingForLock(); // the store holds the earlier row and waits for the later one
            Future<?> closing = sides.submit(() -> lockQuietly(rival, earlier));
            Throwable outcome = written.get(30, TimeUnit.SECONDS);
            closing.get(30, TimeUnit.SECONDS); // the rival gets the row once the store's batch is aborted
            rival.rollback();

            assertThat(outcome).isInstanceOfSatisfying(TransientConflict.class,
                conflict -> assertThat(conflict.sqlState()).isEqualTo("40P01"));
        } finally {
            sides.shutdownNow();
        }
        assertThat(version()).isEqualTo(1);
        assertThat(count(CLEAN, "SELECT version FROM ds_documents WHERE id = ?", other)).isEqualTo(1);
    }

    private static void lock(Connection connection, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE ds_documents SET body = body WHERE collection = 'customers' AND id = ?")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static void lockQuietly(Connection connection, String id) {
        try {
            lock(connection, id);
        } catch (Exception released) {
            // the rival's wait ends when the test rolls it back
        }
    }
}
