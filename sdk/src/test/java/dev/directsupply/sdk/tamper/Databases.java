package dev.directsupply.sdk.tamper;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the tamper suite runs on: in-memory H2, and one real PostgreSQL server per test JVM
 * started from the Maven Central binaries (as {@code persistence-jdbc}'s tests start theirs).
 */
public final class Databases {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Databases() {
    }

    private static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
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

    /** A pool of a few connections to a new, empty PostgreSQL database on the shared server. */
    public static DataSource newPostgres() {
        String name = "ds_tamper_" + DATABASES.incrementAndGet();
        try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Server.POSTGRES.getJdbcUrl("postgres", name));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setPoolName("tamper-" + name);
        return new HikariDataSource(config);
    }

    /** A new in-memory H2 database. */
    static DataSource newH2() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:tamper-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }
}
