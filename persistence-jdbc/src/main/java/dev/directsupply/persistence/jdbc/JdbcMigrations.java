package dev.directsupply.persistence.jdbc;

import dev.directsupply.persistence.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Creates and upgrades the adapter's tables by versioned SQL scripts, one folder per {@link Dialect}
 * ({@code V1__document_store.sql}, …), recording each applied script with its checksum in
 * {@code ds_schema_version}. Several hosts may start at once: on PostgreSQL the whole upgrade runs in
 * one transaction under an advisory lock, so exactly one applies it. A script changed after it was
 * applied is refused. Hosts that run their own migration tool can apply {@link #migrations(Dialect)}
 * themselves (the files follow Flyway's naming) and build the store with migration turned off.
 * See docs/adr/0009.
 */
public final class JdbcMigrations {
    /** The table that records applied scripts. */
    public static final String VERSION_TABLE = "ds_schema_version";
    /** The scripts of this release, in order. */
    private static final List<String> SCRIPTS = List.of("V1__document_store.sql", "V2__outbox_claims.sql",
        "V3__whole_json_as_text.sql");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");
    /** An arbitrary, fixed key for PostgreSQL's advisory lock. */
    private static final long LOCK_KEY = 0x44535F4D49475241L;
    private static final Object H2_LOCK = new Object();

    private JdbcMigrations() {
    }

    /** One versioned script. */
    public record Migration(int version, String description, String resource, String sql, String checksum) {
    }

    /** The scripts of this release for the dialect, in order. */
    public static List<Migration> migrations(Dialect dialect) {
        List<Migration> migrations = new ArrayList<>();
        for (String script : SCRIPTS) {
            Matcher name = NAME.matcher(script);
            if (!name.matches()) {
                throw new IllegalStateException("a migration is named V<n>__<description>.sql, not " + script);
            }
            String resource = dialect.migrationFolder() + "/" + script;
            String sql = read(resource);
            migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), resource,
                sql, sha256(sql)));
        }
        return migrations;
    }

    /** The version of the newest script this release knows. */
    public static int latestVersion() {
        return migrations(Dialect.H2).get(SCRIPTS.size() - 1).version();
    }

    /** The version the database is at: the newest applied script, 0 for an empty database. */
    public static int currentVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasVersionTable(connection)) {
                return 0;
            }
            return applied(connection).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version", e);
        }
    }

    /**
     * Whether the store's tables exist, however they were made (by {@link #migrate} or by a host's
     * own migration tool running {@link #migrations}).
     */
    public static boolean tablesPresent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return hasTable(connection, "ds_documents") && hasTable(connection, "ds_outbox")
                && hasTable(connection, "ds_audit");
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's tables", e);
        }
    }

    /** Applies every script not yet applied; returns those it applied (none when up to date). */
    public static List<Migration> migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            if (dialect == Dialect.H2) {
                synchronized (H2_LOCK) {
                    return migrate(connection, dialect);
                }
            }
            return migrate(connection, dialect);
        } catch (SQLException e) {
            throw new StoreException("migrating the store's schema failed; nothing of the failed script was kept"
                + " on PostgreSQL", e);
        }
    }

    private static List<Migration> migrate(Connection connection, Dialect dialect) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            }
            Map<Integer, String> applied = applied(connection);
            int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            int known = migrations(dialect).get(SCRIPTS.size() - 1).version();
            if (newest > known) {
                throw new StoreException("the database schema is at version " + newest + ", newer than this release's "
                    + known + ": upgrade the SDK rather than run an older one against it");
            }
            List<Migration> done = new ArrayList<>();
            for (Migration migration : migrations(dialect)) {
                String checksum = applied.get(migration.version());
                if (checksum != null) {
                    if (!checksum.equals(migration.checksum())) {
                        throw new StoreException("migration " + migration.resource() + " changed after it was "
                            + "applied (checksum " + checksum + " in the database, " + migration.checksum() + " now)");
                    }
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(migration.sql())) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO " + VERSION_TABLE + " (version, description, checksum) VALUES (?, ?, ?)")) {
                    record.setInt(1, migration.version());
                    record.setString(2, migration.description());
                    record.setString(3, migration.checksum());
                    record.executeUpdate();
                }
                done.add(migration);
            }
            connection.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        return hasTable(connection, VERSION_TABLE);
    }

    /** Whether the table exists in the connection's current schema (names taken literally, not as patterns). */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        String escape = connection.getMetaData().getSearchStringEscape();
        String schema = connection.getSchema();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            String pattern = escape == null ? name : name.replace("_", escape + "_").replace("%", escape + "%");
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, pattern, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT version, checksum FROM " + VERSION_TABLE)) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = JdbcMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the migration " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
