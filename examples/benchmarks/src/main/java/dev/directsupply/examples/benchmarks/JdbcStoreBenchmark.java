package dev.directsupply.examples.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC adapter on a real PostgreSQL 17 (embedded, started by {@link DurablePostgres}: fsync and
 * full-page writes on) beside raw JDBC running the same statements through the same kind of pool;
 * each trial prints the settings its sessions run with ({@link ServerSettings}). Run through
 * {@link JdbcBenchmarks}, every fork of every method talks to one server that the runner started, each
 * to its own tables' rows; run directly, each fork starts a server of its own (noisier). With
 * {@code synchronousCommit=on} (the default) the commit waits for the WAL flush, with {@code off} it
 * does not, which leaves the adapter's own work more visible:
 * <ul>
 *   <li>{@code update}: read a document, then one transaction that updates it where the version is
 *       the one read, inserts one outbox event and one audit entry, and commits;</li>
 *   <li>{@code insertBatch}: one transaction inserting 50 new 1 KB documents in a JDBC batch.</li>
 * </ul>
 * The goal is at least 80% of raw JDBC's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class JdbcStoreBenchmark {
    /** The JDBC URL of a server started by {@link JdbcBenchmarks}; unset, each fork starts its own. */
    public static final String SERVER_URL = "directsupply.bench.jdbcUrl";
    static final int DOCUMENTS = 1_000;
    static final int BATCH = 50;
    static final Instant AT = Instant.parse("2026-03-15T01:00:00Z");
    static final String BODY;

    static {
        StringBuilder body = new StringBuilder("{\"name\": \"上海味道餐饮管理有限公司\", \"notes\": \"");
        while (body.length() < 1_000) {
            body.append("direct supply ");
        }
        BODY = body.append("\"}").toString();
    }

    @Param({"on", "off"})
    String synchronousCommit;

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private JdbcDocumentStore store;
    private long created;
    private int next;

    private String prefix;

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
        String url = System.getProperty(SERVER_URL);
        if (url == null) {
            postgres = DurablePostgres.start();
            url = postgres.getJdbcUrl("postgres", "postgres");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setConnectionInitSql("SET synchronous_commit = " + synchronousCommit);
        pool = new HikariDataSource(config);
        System.out.println("synchronousCommit=" + synchronousCommit + ", the session's settings:"
            + System.lineSeparator() + ServerSettings.of(pool).describe());
        store = JdbcDocumentStore.builder(pool).build();
        prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
        WriteBatch.Builder seed = WriteBatch.builder();
        for (int i = 0; i < DOCUMENTS; i++) {
            seed.write(DocumentWrite.create("customers", prefix + "sdk-" + i, BODY, Map.of("tier", "MEDIUM")));
            seed.write(DocumentWrite.create("customers", prefix + "raw-" + i, BODY, Map.of("tier", "MEDIUM")));
        }
        store.write(seed.build());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        pool.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    private int nextIndex() {
        next = next + 1 == DOCUMENTS ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public long updateThroughTheAdapter() {
        String id = prefix + "sdk-" + nextIndex();
        Document current = store.read("customers", id).orElseThrow();
        long version = current.version() + 1;
        store.write(WriteBatch.builder()
            .write(DocumentWrite.update("customers", id, current.version(), BODY, current.attributes()))
            .event(new OutboxEvent(UUID.randomUUID(), "customer.Updated", "customers", id, version, AT, "{}"))
            .audit(new AuditEntry("customers", id, version, "bench", "Update", AT, "{}", "b", "p", "h" + version))
            .build());
        return version;
    }

    @Benchmark
    public long updateWithRawJdbc() throws SQLException {
        String id = prefix + "raw-" + nextIndex();
        long version;
        String attributes;
        try (Connection connection = pool.getConnection();
             PreparedStatement read = connection.prepareStatement(
                 "SELECT id, version, body, attributes, audit_hash FROM ds_documents WHERE collection = ? AND id = ?")) {
            read.setString(1, "customers");
            read.setString(2, id);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                version = rows.getLong(2);
                rows.getString(3);
                attributes = rows.getString(4);
            }
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE ds_documents SET version = ?, "
                + "body = CAST(? AS JSON), attributes = CAST(? AS JSONB), audit_hash = ? "
                + "WHERE collection = ? AND id = ? AND version = ?")) {
                update.setLong(1, version + 1);
                update.setString(2, BODY);
                update.setString(3, attributes);
                update.setString(4, "h" + (version + 1));
                update.setString(5, "customers");
                update.setString(6, id);
                update.setLong(7, version);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("lost update");
                }
            }
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO ds_outbox (event_id, type, "
                + "collection, aggregate_id, aggregate_version, occurred_at, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSON))")) {
                event.setObject(1, UUID.randomUUID());
                event.setString(2, "customer.Updated");
                event.setString(3, "customers");
                event.setString(4, id);
                event.setLong(5, version + 1);
                event.setObject(6, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
                event.setString(7, "{}");
                event.executeUpdate();
            }
            try (PreparedStatement audit = connection.prepareStatement("INSERT INTO ds_audit (collection, "
                + "document_id, version, actor_id, action, occurred_at, detail, body_hash, previous_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                audit.setString(1, "customers");
                audit.setString(2, id);
                audit.setLong(3, version + 1);
                audit.setString(4, "bench");
                audit.setString(5, "Update");
                audit.setObject(6, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
                audit.setString(7, "{}");
                audit.setString(8, "b");
                audit.setString(9, "p");
                audit.setString(10, "h" + (version + 1));
                audit.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return version + 1;
    }

    @Benchmark
    public long insertBatchThroughTheAdapter() {
        WriteBatch.Builder batch = WriteBatch.builder();
        for (int i = 0; i < BATCH; i++) {
            batch.write(DocumentWrite.create("bulk", prefix + "sdk-" + created++, BODY, Map.of("tier", "SMALL")));
        }
        store.write(batch.build());
        return created;
    }

    @Benchmark
    public long insertBatchWithRawJdbc() throws SQLException {
        List<String> ids = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            ids.add(prefix + "raw-" + created++);
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ds_documents (collection, id, "
                + "version, body, attributes, audit_hash) VALUES (?, ?, ?, CAST(? AS JSON), CAST(? AS JSONB), ?)")) {
                for (String id : ids) {
                    insert.setString(1, "bulk");
                    insert.setString(2, id);
                    insert.setLong(3, 1);
                    insert.setString(4, BODY);
                    insert.setString(5, "{\"tier\":\"SMALL\"}");
                    insert.setString(6, "");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return created;
    }
}
