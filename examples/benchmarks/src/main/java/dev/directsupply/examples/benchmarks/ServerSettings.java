package dev.directsupply.examples.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What a PostgreSQL session runs with, as far as the durability of a commit goes, and which server.
 *
 * @param fsync             {@code SHOW fsync}
 * @param synchronousCommit {@code SHOW synchronous_commit}
 * @param fullPageWrites    {@code SHOW full_page_writes}
 * @param version           {@code SELECT version()}
 */
public record ServerSettings(String fsync, String synchronousCommit, String fullPageWrites, String version) {

    /** Asks a session of the data source. */
    public static ServerSettings of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return new ServerSettings(ask(connection, "SHOW fsync"), ask(connection, "SHOW synchronous_commit"),
                ask(connection, "SHOW full_page_writes"), ask(connection, "SELECT version()"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's settings", e);
        }
    }

    private static String ask(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The queries and their answers, one a line. */
    public String describe() {
        return "SHOW fsync: " + fsync + System.lineSeparator()
            + "SHOW synchronous_commit: " + synchronousCommit + System.lineSeparator()
            + "SHOW full_page_writes: " + fullPageWrites + System.lineSeparator()
            + "SELECT version(): " + version;
    }
}
