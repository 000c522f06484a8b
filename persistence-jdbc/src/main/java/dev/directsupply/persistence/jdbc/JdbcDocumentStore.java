package dev.directsupply.persistence.jdbc;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.CommitOutcomeUnknown;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.Lookup;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.RunHandler;
import dev.directsupply.persistence.RunNotes;
import dev.directsupply.persistence.ScanPage;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.TransientConflict;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.persistence.jdbc.internal.FlatJson;
import dev.directsupply.persistence.jdbc.internal.SqlFailures;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The storage SPI on a JDBC {@link DataSource}: PostgreSQL or H2.
 *
 * <p>Each {@link #write} is one transaction at the database's default isolation (read committed):
 * an update changes a document only {@code WHERE version = ?} the version the writer read, a create
 * inserts and fails if the document exists, and any miss rolls the whole batch back and raises a
 * {@link VersionConflict} naming expected and actual version. Documents are written in (collection,
 * id) order so two batches never wait on each other in a circle. Statements of a kind go in one JDBC
 * batch. A serialization failure or deadlock is a retryable {@link TransientConflict}; a connection
 * that fails while the commit is under way is a {@link CommitOutcomeUnknown}; a failure after the
 * commit returned is no failure at all; anything that ends a batch early, an {@code Error} included,
 * rolls it back. Several relays may share the outbox on PostgreSQL: each claims pending rows in a
 * short transaction ({@code FOR UPDATE SKIP LOCKED}, a transaction lock per aggregate) and marks them
 * with a lease, so one aggregate's events go out through one relay at a time, in order; no relay
 * holds a connection while its handler runs (see {@link #relay}).
 *
 * <p>The store owns no pool and no threads; give it a pooled {@code DataSource} (HikariCP, say) and
 * share the store. Thread-safe.
 */
public final class JdbcDocumentStore implements DocumentStore {
    /** How long a relay's claim holds unless the builder says otherwise. */
    public static final Duration DEFAULT_RELAY_LEASE = Duration.ofMinutes(5);
    private static final ReentrantLock H2_CLAIMS = new ReentrantLock();
    private static final Comparator<WriteBatch.Change> LOCK_ORDER =
        Comparator.comparing((WriteBatch.Change change) -> change.last().collection())
            .thenComparing(change -> change.last().id());
    private static final String COLUMNS = "id, version, body, attributes, audit_hash";
    private static final String EVENT_COLUMNS =
        "sequence, event_id, type, collection, aggregate_id, aggregate_version, occurred_at, payload";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String updateDocument;
    private final String insertDocument;
    private final String findBy;
    /** A look-up's query without its order, with {@code %d} where its number goes, as the sixth column. */
    private final String findByNumbered;
    private final String insertEvent;
    private final String claimPending;
    private final String markClaimed;
    private final long leaseMillis;

    private JdbcDocumentStore(DataSource dataSource, Dialect dialect, Duration lease) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.leaseMillis = lease.toMillis();
        String json = dialect.jsonParameter();
        String whole = dialect.wholeJsonParameter();
        String attributes = dialect.attributeTable() ? "?" : json;
        this.updateDocument = "UPDATE ds_documents SET version = ?, body = " + whole + ", attributes = " + attributes
            + ", audit_hash = ? WHERE collection = ? AND id = ? AND version = ?";
        this.insertDocument = "INSERT INTO ds_documents (collection, id, version, body, attributes, audit_hash) "
            + "VALUES (?, ?, ?, " + whole + ", " + attributes + ", ?)"
            // PostgreSQL aborts a transaction on a unique violation; skipping the row keeps it usable.
            + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT (collection, id) DO NOTHING" : "");
        this.findBy = dialect.attributeTable()
            ? "SELECT d.id, d.version, d.body, d.attributes, d.audit_hash FROM ds_attributes a JOIN ds_documents d "
                + "ON d.collection = a.collection AND d.id = a.id "
                + "WHERE a.collection = ? AND a.attr_name = ? AND a.attr_value = ? ORDER BY a.id"
            : "SELECT " + COLUMNS + " FROM ds_documents WHERE collection = ? AND attributes @> " + json
                + " ORDER BY id";
        this.findByNumbered = dialect.attributeTable()
            ? "SELECT d.id, d.version, d.body, d.attributes, d.audit_hash, %d FROM ds_attributes a "
                + "JOIN ds_documents d ON d.collection = a.collection AND d.id = a.id "
                + "WHERE a.collection = ? AND a.attr_name = ? AND a.attr_value = ?"
            : "SELECT " + COLUMNS + ", %d FROM ds_documents WHERE collection = ? AND attributes @> " + json;
        this.insertEvent = "INSERT INTO ds_outbox (event_id, type, collection, aggregate_id, aggregate_version, "
            + "occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, " + whole + ")";
        // A relay claims pending rows no live claim holds. On PostgreSQL it skips rows another relay is
        // claiming right now (SKIP LOCKED) and, with a transaction lock per aggregate, aggregates another
        // relay is claiming right now; claims made before are seen by their claimed_until.
        this.claimPending = "SELECT " + EVENT_COLUMNS + " FROM ds_outbox WHERE dispatched_at IS NULL "
            + "AND (claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP) "
            + (dialect == Dialect.POSTGRESQL
                ? "AND pg_try_advisory_xact_lock(hashtextextended(collection || '/' || aggregate_id, 0)) " : "")
            + "ORDER BY sequence LIMIT ?" + dialect.lockPendingEvents();
        this.markClaimed = "UPDATE ds_outbox SET claim_id = ?, claimed_until = "
            + (dialect == Dialect.POSTGRESQL ? "CURRENT_TIMESTAMP + (? * INTERVAL '1 millisecond')"
                : "DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP)")
            + " WHERE sequence = ANY(?)";
    }

    /** Starts a store over the data source. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The database this store speaks to. */
    public Dialect dialect() {
        return dialect;
    }

    // ---------------------------------------------------------------------------------------- reads

    @Override
    public Optional<Document> read(String collection, String id) {
        return query("reading " + collection + "/" + id,
            "SELECT " + COLUMNS + " FROM ds_documents WHERE collection = ? AND id = ?",
            statement -> {
                statement.setString(1, collection);
                statement.setString(2, id);
            },
            rows -> rows.next() ? Optional.of(document(collection, rows)) : Optional.<Document>empty());
    }

    @Override
    public List<Document> findBy(String collection, String attribute, String value) {
        return query("looking up " + collection + " by " + attribute, findBy, statement -> {
            statement.setString(1, collection);
            if (dialect.attributeTable()) {
                statement.setString(2, attribute);
                statement.setString(3, value);
            } else {
                statement.setString(2, FlatJson.write(Map.of(attribute, value)));
            }
        }, rows -> documents(collection, rows));
    }

    /**
     * Every look-up in one statement, so from one snapshot and in one round trip: each look-up's
     * {@code findBy} query numbered by its place, joined by UNION ALL, in order of that number and id.
     */
    @Override
    public List<List<Document>> findEach(List<Lookup> lookups) {
        if (lookups.size() < 2) {
            return DocumentStore.super.findEach(lookups);
        }
        StringJoiner sql = new StringJoiner(" UNION ALL ", "", " ORDER BY 6, 1");
        for (int i = 0; i < lookups.size(); i++) {
            sql.add(String.format(Locale.ROOT, findByNumbered, i));
        }
        return query("looking up " + lookups.size() + " at once", sql.toString(), statement -> {
            int next = 1;
            for (Lookup lookup : lookups) {
                statement.setString(next++, lookup.collection());
                if (dialect.attributeTable()) {
                    statement.setString(next++, lookup.attribute());
                    statement.setString(next++, lookup.value());
                } else {
                    statement.setString(next++, FlatJson.write(Map.of(lookup.attribute(), lookup.value())));
                }
            }
        }, rows -> {
            List<List<Document>> found = new ArrayList<>(lookups.size());
            lookups.forEach(lookup -> found.add(new ArrayList<>()));
            while (rows.next()) {
                int part = rows.getInt(6);
                found.get(part).add(document(lookups.get(part).collection(), rows));
            }
            return found;
        });
    }

    @Override
    public ScanPage scan(String collection, String afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("scan limit must be 1 or more but was " + limit);
        }
        String sql = "SELECT " + COLUMNS + " FROM ds_documents WHERE collection = ?"
            + (afterId == null ? "" : " AND id > ?") + " ORDER BY id LIMIT ?";
        List<Document> page = query("scanning " + collection, sql, statement -> {
            int next = 1;
            statement.setString(next++, collection);
            if (afterId != null) {
                statement.setString(next++, afterId);
            }
            statement.setLong(next, limit + 1L);
        }, rows -> documents(collection, rows));
        if (page.size() <= limit) {
            return new ScanPage(page, Optional.empty());
        }
        List<Document> first = page.subList(0, limit);
        return new ScanPage(first, Optional.of(first.get(limit - 1).id()));
    }

    @Override
    public List<AuditEntry> auditTrail(String collection, String id) {
        return query("reading the audit trail of " + collection + "/" + id,
            "SELECT version, actor_id, action, occurred_at, detail, body_hash, previous_hash, hash FROM ds_audit "
                + "WHERE collection = ? AND document_id = ? ORDER BY version",
            statement -> {
                statement.setString(1, collection);
                statement.setString(2, id);
            },
            rows -> {
                List<AuditEntry> trail = new ArrayList<>();
                while (rows.next()) {
                    trail.add(new AuditEntry(collection, id, rows.getLong(1), rows.getString(2), rows.getString(3),
                        instant(rows, 4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8)));
                }
                return trail;
            });
    }

    /** One entry by its key, rather than the whole trail: the relay checks each event against one. */
    @Override
    public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
        return query("reading the audit entry of " + collection + "/" + id + " version " + version,
            "SELECT version, actor_id, action, occurred_at, detail, body_hash, previous_hash, hash FROM ds_audit "
                + "WHERE collection = ? AND document_id = ? AND version = ?",
            statement -> {
                statement.setString(1, collection);
                statement.setString(2, id);
                statement.setLong(3, version);
            },
            rows -> rows.next()
                ? Optional.of(new AuditEntry(collection, id, rows.getLong(1), rows.getString(2), rows.getString(3),
                    instant(rows, 4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)))
                : Optional.<AuditEntry>empty());
    }

    @Override
    public List<PendingEvent> pendingEvents(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more but was " + limit);
        }
        return query("reading pending events", "SELECT " + EVENT_COLUMNS + " FROM ds_outbox "
                + "WHERE dispatched_at IS NULL ORDER BY sequence LIMIT ?",
            statement -> statement.setInt(1, limit), JdbcDocumentStore::events);
    }

    // --------------------------------------------------------------------------------------- writes

    @Override
    public void write(WriteBatch batch) {
        List<DocumentWrite> writes = batch.documents();
        Connection connection = connect();
        boolean committing = false;
        boolean settled = false;
        try {
            connection.setAutoCommit(false);
            writeIn(connection, batch);
            committing = true;
            connection.commit();
            settled = true;
        } catch (VersionConflict conflict) {
            throw conflict;
        } catch (SQLException | RuntimeException e) {
            if (committing && (!(e instanceof SQLException sql) || SqlFailures.isConnectionFailure(sql)
                || isBroken(connection))) {
                settled = true;
                throw new CommitOutcomeUnknown("the connection failed during the commit of a batch of "
                    + describe(writes) + ": it was stored entirely or not at all; read it back to know", e);
            }
            throw failure(e, writes);
        } finally {
            // Whatever ended the batch early (an Error included) rolls it back here, before the
            // connection's autocommit is restored: restoring it would otherwise commit half a batch.
            if (!settled) {
                rollbackQuietly(connection);
            }
            release(connection);
        }
    }

    /** Writes the batch in the connection's transaction, which the caller commits or rolls back. */
    private void writeIn(Connection connection, WriteBatch batch) throws SQLException {
        List<WriteBatch.Change> changes = new ArrayList<>(batch.changes());
        if (changes.size() > 1) {
            changes.sort(LOCK_ORDER);
        }
        // The check rides on the audit rows when it can (no round trip of its own), else goes first.
        boolean guardAudit = guardsAudit(batch);
        if (!guardAudit) {
            checkUnchanged(connection, batch.unchanged());
        }
        writeDocuments(connection, changes);
        if (dialect.attributeTable()) {
            writeAttributeRows(connection, changes);
        }
        writeEvents(connection, batch.events());
        writeAudit(connection, batch.auditEntries(), guardAudit ? batch.unchanged() : List.of());
    }

    /**
     * The documents the batch stands on are still at their versions: one statement, read in the batch's
     * transaction before anything is written.
     */
    private static void checkUnchanged(Connection connection, List<Unchanged> unchanged) throws SQLException {
        if (unchanged.isEmpty()) {
            return;
        }
        String sql = "SELECT collection, id, version FROM ds_documents WHERE (collection, id) IN ("
            + tuples(unchanged.size(), "(?, ?)") + ")";
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            for (Unchanged document : unchanged) {
                statement.setString(next++, document.collection());
                statement.setString(next++, document.id());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1) + '/' + rows.getString(2), rows.getLong(3));
                }
            }
        }
        for (Unchanged document : unchanged) {
            long actual = found.getOrDefault(document.collection() + '/' + document.id(), 0L);
            if (actual != document.version()) {
                throw new VersionConflict(document.collection(), document.id(), document.version(), actual);
            }
        }
    }

    /** {@code count} parameter tuples, comma-separated: {@code (?, ?), (?, ?)}. */
    private static String tuples(int count, String tuple) {
        return String.join(", ", Collections.nCopies(count, tuple));
    }

    private void writeDocuments(Connection connection, List<WriteBatch.Change> changes) throws SQLException {
        List<WriteBatch.Change> updates = new ArrayList<>(changes.size());
        List<WriteBatch.Change> creates = new ArrayList<>(changes.size());
        for (WriteBatch.Change change : changes) {
            (change.expectedVersion() == 0 ? creates : updates).add(change);
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(updateDocument)) {
                int single = 0;
                for (WriteBatch.Change change : updates) {
                    DocumentWrite write = change.last();
                    statement.setLong(1, change.newVersion());
                    statement.setString(2, write.body());
                    statement.setString(3, FlatJson.write(write.attributes()));
                    statement.setString(4, write.auditHash());
                    statement.setString(5, write.collection());
                    statement.setString(6, write.id());
                    statement.setLong(7, change.expectedVersion());
                    single = addOrRun(statement, updates.size());
                }
                int[] counts = updates.size() == 1 ? new int[] {single} : statement.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        WriteBatch.Change stale = updates.get(i);
                        throw new VersionConflict(stale.last().collection(), stale.last().id(),
                            stale.expectedVersion(), currentVersion(connection, stale.last()));
                    }
                    if (counts[i] != 1) {
                        throw new StoreException("the JDBC driver did not report how many rows an update changed ("
                            + counts[i] + "); the store needs exact update counts");
                    }
                }
            }
        }
        if (!creates.isEmpty()) {
            int[] counts;
            try (PreparedStatement statement = connection.prepareStatement(insertDocument)) {
                int single = 0;
                for (WriteBatch.Change change : creates) {
                    DocumentWrite write = change.last();
                    statement.setString(1, write.collection());
                    statement.setString(2, write.id());
                    statement.setLong(3, change.newVersion());
                    statement.setString(4, write.body());
                    statement.setString(5, FlatJson.write(write.attributes()));
                    statement.setString(6, write.auditHash());
                    single = addOrRun(statement, creates.size());
                }
                counts = creates.size() == 1 ? new int[] {single} : statement.executeBatch();
            } catch (SQLException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
                // H2 reports an existing document as a unique violation; find which, on this connection.
                connection.rollback();
                for (WriteBatch.Change change : creates) {
                    DocumentWrite create = change.last();
                    long actual = currentVersion(connection, create);
                    if (actual != 0) {
                        throw new VersionConflict(create.collection(), create.id(), 0, actual);
                    }
                }
                // The rival that held the id has not committed it (rolled back, or not yet): repeat to know.
                throw new TransientConflict("a rival was creating " + describe(lasts(creates)) + " and has not committed "
                    + "it; nothing was written, and the batch may be repeated", e.getSQLState(), e);
            }
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    DocumentWrite existing = creates.get(i).last();
                    throw new VersionConflict(existing.collection(), existing.id(), 0, currentVersion(connection,
                        existing));
                }
                if (counts[i] != 1) {
                    throw new StoreException("the JDBC driver did not report how many rows an insert added ("
                        + counts[i] + "); the store needs exact counts (turn off reWriteBatchedInserts)");
                }
            }
        }
    }

    /** H2 only: the attribute rows follow the documents' new attributes. */
    private void writeAttributeRows(Connection connection, List<WriteBatch.Change> changes) throws SQLException {
        int updated = 0;
        int rows = 0;
        for (WriteBatch.Change change : changes) {
            updated += change.expectedVersion() > 0 ? 1 : 0;
            rows += change.last().attributes().size();
        }
        if (updated > 0) {
            try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM ds_attributes WHERE collection = ? AND id = ?")) {
                for (WriteBatch.Change change : changes) {
                    if (change.expectedVersion() > 0) {
                        delete.setString(1, change.last().collection());
                        delete.setString(2, change.last().id());
                        delete.addBatch();
                    }
                }
                delete.executeBatch();
            }
        }
        if (rows > 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ds_attributes (collection, id, attr_name, attr_value) VALUES (?, ?, ?, ?)")) {
                for (WriteBatch.Change change : changes) {
                    DocumentWrite write = change.last();
                    for (Map.Entry<String, String> attribute : write.attributes().entrySet()) {
                        insert.setString(1, write.collection());
                        insert.setString(2, write.id());
                        insert.setString(3, attribute.getKey());
                        insert.setString(4, attribute.getValue());
                        addOrRun(insert, rows);
                    }
                }
                if (rows > 1) {
                    insert.executeBatch();
                }
            }
        }
    }

    private void writeEvents(Connection connection, List<OutboxEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insertEvent)) {
            for (OutboxEvent event : events) {
                statement.setObject(1, event.eventId());
                statement.setString(2, event.type());
                statement.setString(3, event.collection());
                statement.setString(4, event.aggregateId());
                statement.setLong(5, event.aggregateVersion());
                statement.setObject(6, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                statement.setString(7, event.payload());
                addOrRun(statement, events.size());
            }
            if (events.size() > 1) {
                statement.executeBatch();
            }
        }
    }

    /**
     * Whether the batch's unchanged documents are checked by its audit rows (on PostgreSQL): it has some,
     * and none of them is one the batch writes (whose version the batch's own writes move on).
     */
    private boolean guardsAudit(WriteBatch batch) {
        if (dialect != Dialect.POSTGRESQL || batch.unchanged().isEmpty() || batch.auditEntries().isEmpty()) {
            return false;
        }
        Set<String> written = new HashSet<>();
        for (DocumentWrite write : batch.documents()) {
            written.add(write.collection() + '/' + write.id());
        }
        for (Unchanged document : batch.unchanged()) {
            if (written.contains(document.collection() + '/' + document.id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inserts the audit rows; with {@code unchanged} documents, each row goes in only while every one of
     * them is at its version (one statement, no round trip of its own), and a row that did not names the
     * stale document.
     */
    private void writeAudit(Connection connection, List<AuditEntry> entries, List<Unchanged> unchanged)
        throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        String columns = "INSERT INTO ds_audit (collection, document_id, version, actor_id, action, occurred_at, "
            + "detail, body_hash, previous_hash, hash) ";
        StringBuilder sql = new StringBuilder(columns);
        if (unchanged.isEmpty()) {
            sql.append("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } else {
            sql.append("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE (SELECT COUNT(*) FROM ds_documents "
                + "WHERE (collection, id, version) IN (").append(tuples(unchanged.size(), "(?, ?, ?)"))
                .append(")) = ").append(unchanged.size());
        }
        int[] counts;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int single = 0;
            for (AuditEntry entry : entries) {
                statement.setString(1, entry.collection());
                statement.setString(2, entry.documentId());
                statement.setLong(3, entry.version());
                statement.setString(4, entry.actorId());
                statement.setString(5, entry.action());
                statement.setObject(6, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
                statement.setString(7, entry.detail());
                statement.setString(8, entry.bodyHash());
                statement.setString(9, entry.previousHash());
                statement.setString(10, entry.hash());
                int next = 11;
                for (Unchanged document : unchanged) {
                    statement.setString(next++, document.collection());
                    statement.setString(next++, document.id());
                    statement.setLong(next++, document.version());
                }
                single = addOrRun(statement, entries.size());
            }
            counts = entries.size() == 1 ? new int[] {single} : statement.executeBatch();
        }
        if (unchanged.isEmpty()) {
            return;
        }
        for (int count : counts) {
            if (count == 0) {
                checkUnchanged(connection, unchanged);
                // Every one is current now, yet one was not a moment ago: another writer is at work.
                throw new TransientConflict("a document the batch stands on changed while it was written; "
                    + "nothing was written, and the batch may be repeated", "40001", null);
            }
        }
    }

    /** One statement runs at once (its update count returned); several go in one JDBC batch (-1). */
    private static int addOrRun(PreparedStatement statement, int total) throws SQLException {
        if (total == 1) {
            return statement.executeUpdate();
        }
        statement.addBatch();
        return -1;
    }

    @Override
    public void markDispatched(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return;
        }
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            markDispatched(connection, sequences);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new StoreException("marking events dispatched failed; unless the failure came with the commit, "
                + "they stay pending", e);
        } finally {
            release(connection);
        }
    }

    /** One statement, whatever the number of events: the sequences go as one array. */
    private static void markDispatched(Connection connection, Collection<Long> sequences) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE ds_outbox SET dispatched_at = CURRENT_TIMESTAMP, claim_id = NULL, claimed_until = NULL "
                + "WHERE sequence = ANY(?) AND dispatched_at IS NULL")) {
            statement.setArray(1, sequenceArray(connection, sequences));
            statement.executeUpdate();
        }
    }

    private static Array sequenceArray(Connection connection, Collection<Long> sequences)
        throws SQLException {
        return connection.createArrayOf("BIGINT", sequences.toArray(Long[]::new));
    }

    /**
     * Claims up to {@code limit} pending events, hands them to the handler, and marks them dispatched.
     * The claim is a short transaction of its own that marks the rows with a claim id and a lease, and
     * the store holds no connection while the handler runs, so a handler may read and write this store
     * even when its pool has a single connection. Other relays (on this host or, on PostgreSQL, on
     * others) skip claimed rows, and skip an aggregate while an earlier event of it is claimed, so each
     * aggregate's events go out through one relay at a time, in order. A handler that fails gives its
     * claim back at once: its events stay pending. A relay that dies leaves its claim to lapse after the
     * lease ({@link Builder#relayLease}), when its events go out again (delivery is at least once).
     */
    @Override
    public int relay(int limit, OutboxHandler handler) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more but was " + limit);
        }
        UUID claim = UUID.randomUUID();
        RunHandler takingAll = events -> {
            handler.handle(events);
            return null;
        };
        Claimed run = claim(limit, claim, List.of(), null, takingAll);
        List<PendingEvent> claimed = run.events();
        if (claimed.isEmpty()) {
            return 0;
        }
        handle(claimed, run.lowestPending(), claim, takingAll);
        markHandled(claim, claimed.stream().map(PendingEvent::sequence).toList(), null);
        return claimed.size();
    }

    /**
     * As {@link #relay}, run after run; each run after the first is claimed in the transaction that
     * marks the run before it dispatched, so a drain of {@code n} runs commits {@code n + 1} times
     * rather than {@code 2n + 1}, and ends without a claim of its own. When that transaction fails, the
     * run before was handled but is not marked: its claim is given back, and it goes out again
     * (delivery is at least once).
     */
    @Override
    public int relayAll(int limit, int maxRuns, OutboxHandler handler) {
        return relayWithNotes(limit, maxRuns, events -> {
            handler.handle(events);
            return null;
        });
    }

    /**
     * Relays run after run; each run's notes are written in the transaction that marks the run dispatched
     * and claims the next one. Notes that lose a race are rolled back alone: the handler hears of it
     * ({@link RunNotes#notStored}), on no connection of this relay's, and the run is marked after.
     */
    @Override
    public int relayWithNotes(int limit, int maxRuns, RunHandler handler) {
        if (limit < 1 || maxRuns < 1) {
            throw new IllegalArgumentException("limit and maxRuns must be 1 or more but were " + limit + " and "
                + maxRuns);
        }
        UUID claim = UUID.randomUUID();
        Claimed first = claim(limit, claim, List.of(), null, handler);
        List<PendingEvent> claimed = first.events();
        long lowest = first.lowestPending();
        int relayed = first.skipped();
        for (int run = 1; !claimed.isEmpty(); run++) {
            RunNotes notes = handle(claimed, lowest, claim, handler);
            List<Long> handled = claimed.stream().map(PendingEvent::sequence).toList();
            relayed += handled.size();
            if (run == maxRuns) {
                markHandled(claim, handled, notes);
                break;
            }
            UUID next = UUID.randomUUID();
            try {
                Claimed nextRun = claimNoting(limit, next, handled, notes, handler);
                claimed = nextRun.events();
                lowest = nextRun.lowestPending();
                relayed += nextRun.skipped();
            } catch (StoreException e) {
                giveBack(claim, e);
                throw new StoreException("marking a run dispatched failed; unless the failure came with the commit, "
                    + "it stays pending and goes out again (delivery is at least once)", e);
            }
            claim = next;
        }
        return relayed;
    }

    /**
     * Hands a claimed run to the handler, with the lowest pending sequence its claim saw; a handler that
     * fails gives the claim back at once.
     */
    private RunNotes handle(List<PendingEvent> claimed, long lowestPending, UUID claim, RunHandler handler) {
        try {
            return handler.handle(claimed, lowestPending);
        } catch (RuntimeException | Error e) {
            giveBack(claim, e);
            throw e;
        } catch (Exception e) {
            giveBack(claim, e);
            throw new StoreException("the outbox handler failed; its events stay pending", e);
        }
    }

    /** Marks a handled run dispatched, its notes written first; should that fail, gives its claim back. */
    private void markHandled(UUID claim, List<Long> handled, RunNotes notes) {
        try {
            if (notes != null) {
                try {
                    write(notes.batch());
                    notes.stored();
                } catch (StoreConflict lostRace) {
                    notes.notStored(lostRace);
                }
            }
            markDispatched(handled);
        } catch (StoreException e) {
            giveBack(claim, e);
            throw new StoreException("relaying events failed; unless the failure came with the commit, they stay "
                + "pending and go out again (delivery is at least once)", e);
        }
    }

    /** As the claim below, with the handled run's notes in its transaction when it has any (see {@link RunNotes}). */
    private Claimed claimNoting(int limit, UUID claim, List<Long> handled, RunNotes notes, RunHandler handler) {
        if (notes != null) {
            try {
                Claimed claimed = claim(limit, claim, handled, notes.batch(), handler);
                notes.stored();
                return claimed;
            } catch (StoreConflict lostRace) {
                // Rolled back with the mark: the handler records what it must on its own, then the run is marked.
                notes.notStored(lostRace);
            }
        }
        return claim(limit, claim, handled, null, handler);
    }

    private Claimed claim(int limit, UUID claim, List<Long> handled, WriteBatch notes, RunHandler handler) {
        if (dialect == Dialect.H2) {
            // H2 has no SKIP LOCKED or advisory locks: relays in one process claim one at a time.
            H2_CLAIMS.lock();
            try {
                return claimInTransaction(limit, claim, handled, notes, handler);
            } finally {
                H2_CLAIMS.unlock();
            }
        }
        return claimInTransaction(limit, claim, handled, notes, handler);
    }

    /**
     * The events of a claim; how many the claim marked dispatched without handing them over (those of
     * types the handler does not take); and the lowest pending sequence it saw when it picked them
     * ({@link Picked}), when it claimed any.
     */
    private record Claimed(List<PendingEvent> events, int skipped, long lowestPending) {
    }

    /**
     * The events a pick may hand out, and the lowest sequence pending as its order check read it: the
     * check reads, for each aggregate, its lowest pending sequence up to the last candidate's, so the
     * lowest of those is the lowest pending of all (a candidate is pending, and below any later one).
     */
    private record Picked(List<PendingEvent> events, long lowestPending) {
        static final Picked NONE = new Picked(List.of(), Long.MAX_VALUE);
    }

    /**
     * One transaction: marks the run handled before dispatched (if any), with its notes; picks the events
     * this relay may hand out next, marks dispatched those of types the handler does not take (and picks
     * again while those were all it found), and marks the others claimed by it.
     */
    private Claimed claimInTransaction(int limit, UUID claim, List<Long> handled, WriteBatch notes,
                                       RunHandler handler) {
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            if (notes != null) {
                writeIn(connection, notes);
            }
            if (!handled.isEmpty()) {
                markDispatched(connection, handled);
            }
            int skipped = 0;
            List<PendingEvent> claimed = List.of();
            Picked pick = pick(connection, limit);
            while (!pick.events().isEmpty()) {
                Map<Boolean, List<PendingEvent>> byTaken = pick.events().stream()
                    .collect(Collectors.partitioningBy(pending -> handler.takes(pending.event().type())));
                List<PendingEvent> untaken = byTaken.get(false);
                if (!untaken.isEmpty()) {
                    markDispatched(connection, untaken.stream().map(PendingEvent::sequence).toList());
                    skipped += untaken.size();
                }
                claimed = byTaken.get(true);
                if (!claimed.isEmpty()) {
                    break;
                }
                pick = pick(connection, limit);
            }
            if (claimed.isEmpty()) {
                if (handled.isEmpty() && skipped == 0 && notes == null) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return new Claimed(claimed, skipped, Long.MAX_VALUE);
            }
            try (PreparedStatement statement = connection.prepareStatement(markClaimed)) {
                statement.setObject(1, claim);
                statement.setLong(2, leaseMillis);
                statement.setArray(3, sequenceArray(connection, claimed.stream().map(PendingEvent::sequence).toList()));
                statement.executeUpdate();
            }
            connection.commit();
            return new Claimed(claimed, skipped, pick.lowestPending());
        } catch (StoreConflict lostRace) {
            rollbackQuietly(connection);
            throw lostRace;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw new StoreException("claiming pending events failed; they stay pending", e);
        } finally {
            release(connection);
        }
    }

    /** The pending events this relay may hand out next, locked in the connection's transaction. */
    private Picked pick(Connection connection, int limit) throws SQLException {
        List<PendingEvent> candidates;
        try (PreparedStatement statement = connection.prepareStatement(claimPending)) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                candidates = events(rows);
            }
        }
        return inOrder(connection, candidates);
    }

    /**
     * The candidates less the aggregates with an earlier pending event among none of them: such an
     * event is in another relay's claim, and this aggregate's later events wait until it went out.
     * Read after the candidates were locked, so it sees every claim committed by then.
     */
    private static Picked inOrder(Connection connection, List<PendingEvent> candidates)
        throws SQLException {
        if (candidates.isEmpty()) {
            return Picked.NONE;
        }
        long lowest = candidates.get(0).sequence();
        Map<String, Long> first = new HashMap<>();
        for (PendingEvent event : candidates) {
            first.putIfAbsent(aggregate(event.event()), event.sequence());
        }
        Set<String> waiting = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT collection, aggregate_id, "
            + "MIN(sequence) FROM ds_outbox WHERE dispatched_at IS NULL AND sequence <= ? "
            + "GROUP BY collection, aggregate_id")) {
            statement.setLong(1, candidates.get(candidates.size() - 1).sequence());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String aggregate = rows.getString(1) + "/" + rows.getString(2);
                    long itsFirst = rows.getLong(3);
                    lowest = Math.min(lowest, itsFirst);
                    Long mine = first.get(aggregate);
                    if (mine != null && itsFirst < mine) {
                        waiting.add(aggregate);
                    }
                }
            }
        }
        if (waiting.isEmpty()) {
            return new Picked(candidates, lowest);
        }
        return new Picked(candidates.stream().filter(event -> !waiting.contains(aggregate(event.event()))).toList(),
            lowest);
    }

    private static String aggregate(OutboxEvent event) {
        return event.collection() + "/" + event.aggregateId();
    }

    /** Gives a failed relay's claim back, so that its events go out with the next relay. */
    private void giveBack(UUID claim, Throwable failure) {
        Connection connection;
        try {
            connection = connect();
        } catch (StoreException e) {
            failure.addSuppressed(e);
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE ds_outbox SET claim_id = NULL, "
            + "claimed_until = NULL WHERE claim_id = ? AND dispatched_at IS NULL")) {
            statement.setObject(1, claim);
            statement.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // The claim lapses after its lease instead.
            failure.addSuppressed(e);
        } finally {
            release(connection);
        }
    }

    /**
     * Deletes dispatched events older than the instant, for hosts that keep the outbox small;
     * returns how many went.
     */
    public int purgeDispatchedBefore(Instant before) {
        Connection connection = connect();
        try (PreparedStatement statement = connection.prepareStatement(
            "DELETE FROM ds_outbox WHERE dispatched_at IS NOT NULL AND dispatched_at < ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("purging dispatched events failed", e);
        } finally {
            release(connection);
        }
    }

    // -------------------------------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String what, String sql, Binder binder, RowReader<T> reader) {
        Connection connection = connect();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        } finally {
            release(connection);
        }
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("no connection to the database; nothing was read or written", e);
        }
    }

    private static Document document(String collection, ResultSet rows) throws SQLException {
        return new Document(collection, rows.getString(1), rows.getLong(2), rows.getString(3),
            FlatJson.read(rows.getString(4)), rows.getString(5));
    }

    private static List<Document> documents(String collection, ResultSet rows) throws SQLException {
        List<Document> documents = new ArrayList<>();
        while (rows.next()) {
            documents.add(document(collection, rows));
        }
        return documents;
    }

    private static List<PendingEvent> events(ResultSet rows) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        while (rows.next()) {
            events.add(new PendingEvent(rows.getLong(1), new OutboxEvent(rows.getObject(2, UUID.class),
                rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6), instant(rows, 7),
                rows.getString(8))));
        }
        return events;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static long currentVersion(Connection connection, DocumentWrite write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT version FROM ds_documents WHERE collection = ? AND id = ?")) {
            statement.setString(1, write.collection());
            statement.setString(2, write.id());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** What a failed batch (rolled back by the caller) tells its caller. */
    private static StoreException failure(Exception e, List<DocumentWrite> writes) {
        if (e instanceof StoreException store) {
            return store;
        }
        if (e instanceof SQLException sql && SqlFailures.isTransientConflict(sql)) {
            return new TransientConflict("the database aborted the batch of " + describe(writes)
                + " for a concurrent transaction; nothing was written", SqlFailures.stateOf(sql), sql);
        }
        return new StoreException("writing the batch of " + describe(writes) + " failed; nothing was written", e);
    }

    private static List<DocumentWrite> lasts(List<WriteBatch.Change> changes) {
        return changes.stream().map(WriteBatch.Change::last).toList();
    }

    private static String describe(List<DocumentWrite> writes) {
        DocumentWrite first = writes.get(0);
        return first.collection() + "/" + first.id() + (writes.size() > 1 ? " and " + (writes.size() - 1) + " more" : "");
    }

    private static boolean isBroken(Connection connection) {
        try {
            return connection.isClosed() || !connection.isValid(1);
        } catch (SQLException e) {
            return true;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException | RuntimeException ignored) {
            // A broken connection has rolled back on the server already; the pool will discard it.
        }
    }

    /** Returns the connection in the state it came in; failures here never fail the operation. */
    private static void release(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException ignored) {
            // After a commit, a broken connection changes nothing that was stored.
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // As above.
        }
    }

    /** Chooses the data source's options. */
    public static final class Builder {
        private final DataSource dataSource;
        private boolean migrate = true;
        private Duration relayLease = DEFAULT_RELAY_LEASE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Whether {@link #build()} brings the schema up to date (default) or only checks that a host
         * already applied {@link JdbcMigrations#migrations} itself.
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * How long a relay's claim on the events it hands out holds (default five minutes): longer than
         * any handler takes, since after it the events go out again through another relay.
         */
        public Builder relayLease(Duration lease) {
            if (lease == null || lease.toMillis() < 1) {
                throw new IllegalArgumentException("a relay lease is a positive duration, not " + lease);
            }
            this.relayLease = lease;
            return this;
        }

        public JdbcDocumentStore build() {
            Dialect dialect;
            try (Connection connection = dataSource.getConnection()) {
                dialect = Dialect.of(connection);
            } catch (SQLException e) {
                throw new StoreException("no connection to the database", e);
            }
            if (migrate) {
                JdbcMigrations.migrate(dataSource);
            } else if (!JdbcMigrations.tablesPresent(dataSource)) {
                throw new StoreException("the database has no document store tables: apply "
                    + "JdbcMigrations.migrations(" + dialect + ") with your migration tool, or build with migrate(true)");
            }
            return new JdbcDocumentStore(dataSource, dialect, relayLease);
        }
    }
}
