package dev.directsupply.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The databases the tests run on: one real PostgreSQL 17 server per test JVM, started from the
 * Maven Central binaries (no installation, no Docker), and in-memory H2. Pools are HikariCP, as a
 * host would use.
 */
final class TestDatabases {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabases() {
    }

    private static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Tests need no durability across crashes; the benchmark keeps the defaults.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is leaving anyway
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
    }

    /** A new, empty PostgreSQL database on the shared server. */
    static String newPostgresDatabase() {
        String name = "ds_test_" + DATABASES.incrementAndGet();
        try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return name;
    }

    /** A pool of {@code size} connections to the database. */
    static HikariDataSource postgresPool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Server.POSTGRES.getJdbcUrl("postgres", database));
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setPoolName("pg-" + database + "-" + DATABASES.incrementAndGet());
        return new HikariDataSource(config);
    }

    /** Connections without a pool: closing one really disconnects, as fault tests need. */
    static DataSource postgresDirect(String database) {
        return Server.POSTGRES.getDatabase("postgres", database);
    }

    /** The port the shared PostgreSQL server listens on. */
    static int postgresPort() {
        return Server.POSTGRES.getPort();
    }

    /** Connections without a pool, through a proxy on {@code port} (no TLS, so the proxy sees the SQL). */
    static DataSource postgresThrough(int port, String database) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser("postgres");
        source.setSslMode("disable");
        return source;
    }

    /** A pool over a new in-memory H2 database. */
    static HikariDataSource h2Pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:ds_test_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    /** A pool that gives up waiting for a free connection after one second, as an impatient host's would. */
    static HikariDataSource impatient(HikariDataSource pool) {
        pool.setConnectionTimeout(1_000);
        return pool;
    }

    /** Runs a count query on its own connection. */
    static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
