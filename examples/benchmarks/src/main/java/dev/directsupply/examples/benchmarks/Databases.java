package dev.directsupply.examples.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases on one embedded server: created empty or as a copy of another, and dropped. */
final class Databases {
    private final EmbeddedPostgres server;

    Databases(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The JDBC URL of the database, as user postgres. */
    String url(String name) {
        return server.getJdbcUrl("postgres", name);
    }

    /** Creates an empty database, dropping one of that name first. */
    void create(String name) throws SQLException {
        drop(name);
        run("CREATE DATABASE " + name);
    }

    /**
     * Creates a database as a copy of another, byte for byte — documents, outbox and sequences where
     * they stood — dropping one of that name first. Nobody may be connected to the template.
     */
    void copy(String template, String name) throws SQLException {
        drop(name);
        run("CREATE DATABASE " + name + " TEMPLATE " + template);
    }

    /** Drops the database, if it exists. */
    void drop(String name) throws SQLException {
        run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
