package dev.directsupply.examples.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
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
 * What PostgreSQL's column type costs a document write (ADR 0038): one autocommitted UPDATE of a
 * 2.6 KB body, shaped like an order's document (nested objects, arrays, decimals, Chinese text written
 * as escapes), into a {@code JSONB}, {@code JSON} or {@code TEXT} column of 200 rows, on a durable
 * embedded PostgreSQL 17 ({@link DurablePostgres}) of its own. With {@code synchronous_commit=off}
 * the commit does not wait for the WAL flush, which leaves the server's work on the value to be seen;
 * with {@code on}, the flush a write pays for anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonColumnBenchmark {
    static final int ROWS = 200;
    static final String BODY = body();

    @Param({"JSONB", "JSON", "TEXT"})
    String column;

    @Param({"off", "on"})
    String synchronousCommit;

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private String update;
    private int next;

    /** About 2.6 KB: an order's document in shape. */
    static String body() {
        StringBuilder body = new StringBuilder("{\"id\":\"ORD-2026-000123\",\"customer\":\"\\u4e0a\\u6d77\\u5473\\u9053"
            + "\\u9910\\u996e\\u7ba1\\u7406\\u6709\\u9650\\u516c\\u53f8\",\"status\":\"RELEASED\",\"lines\":[");
        for (int line = 1; body.length() < 2_400; line++) {
            body.append(line == 1 ? "" : ",").append(String.format(Locale.ROOT, "{\"line\":%d,\"product\":\"P-%03d\","
                + "\"quantity\":%d.000,\"unit\":\"case\",\"price\":%d.50,\"promised\":\"2026-03-%02d\",\"notes\":"
                + "[\"cold chain\",\"fragile\"]}", line, line * 7, line * 10, 80 + line, 10 + line % 18));
        }
        return body.append("],\"review\":{\"by\":\"li.na\",\"at\":\"2026-03-01T08:00:00.123456Z\",\"findings\":[]}}")
            .toString();
    }

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
        postgres = DurablePostgres.start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(1);
        config.setConnectionInitSql("SET synchronous_commit = " + synchronousCommit);
        pool = new HikariDataSource(config);
        String table = "bench_" + column.toLowerCase(Locale.ROOT);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, version BIGINT NOT NULL, body "
                + column + " NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " VALUES (?, 1, CAST(? AS " + column + "))")) {
                for (int id = 0; id < ROWS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, BODY);
                    insert.executeUpdate();
                }
            }
        }
        update = "UPDATE " + table + " SET version = version + 1, body = CAST(? AS " + column + ") WHERE id = ?";
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        pool.close();
        postgres.close();
    }

    @Benchmark
    public int update() throws SQLException {
        next = next + 1 == ROWS ? 0 : next + 1;
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, BODY);
            statement.setInt(2, next);
            return statement.executeUpdate();
        }
    }
}
