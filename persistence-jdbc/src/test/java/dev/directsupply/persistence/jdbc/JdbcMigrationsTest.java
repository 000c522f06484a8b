package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.persistence.jdbc.JdbcMigrations.Migration;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcMigrationsTest {

    @Test
    @DisplayName("an empty database is brought to the latest version once; a second run changes nothing")
    void givenEmptyDatabase_whenMigratedTwice_thenAppliedOnce() {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());

        List<Migration> first = JdbcMigrations.migrate(database);
        List<Migration> second = JdbcMigrations.migrate(database);

        assertThat(first).extracting(Migration::version).containsExactly(1, 2, 3);
        assertThat(second).isEmpty();
        assertThat(JdbcMigrations.currentVersion(database)).isEqualTo(JdbcMigrations.latestVersion());
    }

    @Test
    @DisplayName("on H2 too: applied once, then nothing to do")
    void givenEmptyH2_whenMigratedTwice_thenAppliedOnce() {
        try (HikariDataSource h2 = TestDatabases.h2Pool(2)) {
            assertThat(JdbcMigrations.migrate(h2)).extracting(Migration::version).containsExactly(1, 2, 3);
            assertThat(JdbcMigrations.migrate(h2)).isEmpty();
            assertThat(JdbcMigrations.tablesPresent(h2)).isTrue();
        }
    }

    @Test
    @DisplayName("a database a newer release has migrated is refused rather than misread")
    void givenNewerSchema_whenMigrated_thenRefused() throws Exception {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());
        JdbcMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ds_schema_version (version, description, checksum) "
                + "VALUES (99, 'from the future', 'x')");
        }

        assertThatThrownBy(() -> JdbcMigrations.migrate(database))
            .isInstanceOf(StoreException.class).hasMessageContaining("version 99");
    }

    @Test
    @DisplayName("four hosts starting at once on one PostgreSQL: exactly one applies the scripts, none fails")
    void givenFourHostsStartingTogether_whenMigrating_thenExactlyOneApplies() throws Exception {
        String name = TestDatabases.newPostgresDatabase();
        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService hosts = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Migration>>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HikariDataSource pool = TestDatabases.postgresPool(name, 2);
            pools.add(pool);
            results.add(hosts.submit(() -> {
                start.await();
                return JdbcMigrations.migrate(pool);
            }));
        }
        start.countDown();
        int applied = 0;
        int applying = 0;
        for (Future<List<Migration>> result : results) {
            int mine = result.get(1, TimeUnit.MINUTES).size();
            applied += mine;
            applying += mine > 0 ? 1 : 0;
        }
        hosts.shutdown();
        pools.forEach(HikariDataSource::close);

        assertThat(applying).as("hosts that applied scripts").isEqualTo(1);
        assertThat(applied).isEqualTo(JdbcMigrations.migrations(Dialect.POSTGRESQL).size());
    }

    @Test
    @DisplayName("a script changed after it was applied is refused, naming it")
    void givenTamperedChecksum_whenMigrated_thenRefused() throws Exception {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());
        JdbcMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ds_schema_version SET checksum = 'edited' WHERE version = 1");
        }

        assertThatThrownBy(() -> JdbcMigrations.migrate(database))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("V1__document_store.sql").hasMessageContaining("changed after it was applied");
    }

    @Test
    @DisplayName("a store told not to migrate refuses a database without its tables")
    void givenEmptyDatabase_whenBuiltWithoutMigration_thenRefused() {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());

        assertThatThrownBy(() -> JdbcDocumentStore.builder(database).migrate(false).build())
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("JdbcMigrations.migrations(POSTGRESQL)");
    }

    @Test
    @DisplayName("a host may apply the shipped scripts with its own tool and build the store without migrating")
    void givenScriptsAppliedByTheHost_whenBuiltWithoutMigration_thenWorks() throws Exception {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (Migration migration : JdbcMigrations.migrations(Dialect.POSTGRESQL)) {
                for (String sql : JdbcMigrations.statements(migration.sql())) {
                    statement.execute(sql);
                }
            }
        }

        JdbcDocumentStore store = JdbcDocumentStore.builder(database).migrate(false).build();

        assertThat(store.read("customers", "nobody")).isEmpty();
    }

    @Test
    void givenScript_whenSplit_thenStatementsWithoutCommentsOrSemicolons() {
        List<String> statements = JdbcMigrations.statements("""
            -- a comment
            CREATE TABLE a (x INT);

            CREATE INDEX a_x
                ON a (x);
            """);

        assertThat(statements).containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX a_x\n    ON a (x)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    @DisplayName("each dialect's folder holds exactly the release's scripts: none left out of the list, none missing")
    void givenDialectFolder_whenListed_thenExactlyTheReleasesScripts(Dialect dialect) throws Exception {
        URL folder = JdbcMigrations.class.getClassLoader().getResource(dialect.migrationFolder());
        assertThat(folder).as(dialect.migrationFolder()).isNotNull();
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            shipped = files.map(file -> file.getFileName().toString()).sorted().toList();
        }

        assertThat(JdbcMigrations.migrations(dialect)).extracting(m -> m.resource().substring(m.resource()
            .lastIndexOf('/') + 1)).containsExactlyElementsOf(shipped);
    }

    @Test
    @DisplayName("each dialect runs its own script: PostgreSQL's stores bodies as JSONB, H2's does not")
    void givenDialects_whenFirstScriptRead_thenEachItsOwn() {
        String postgres = JdbcMigrations.migrations(Dialect.POSTGRESQL).get(0).sql();
        String h2 = JdbcMigrations.migrations(Dialect.H2).get(0).sql();

        assertThat(postgres).contains("JSONB");
        assertThat(h2).doesNotContain("JSONB");
    }

    @Test
    @DisplayName("a database at version 1 with events pending is upgraded to relay claims, and its events relay")
    void givenVersionOneDatabaseWithPendingEvents_whenUpgraded_thenEventsRelay() throws Exception {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());
        Migration first = JdbcMigrations.migrations(Dialect.POSTGRESQL).get(0);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : JdbcMigrations.statements(first.sql())) {
                statement.execute(sql);
            }
            statement.execute("CREATE TABLE ds_schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) "
                + "NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT "
                + "CURRENT_TIMESTAMP NOT NULL)");
            statement.execute("INSERT INTO ds_schema_version (version, description, checksum) VALUES (1, '"
                + first.description() + "', '" + first.checksum() + "')");
            statement.execute("INSERT INTO ds_outbox (event_id, type, collection, aggregate_id, aggregate_version, "
                + "occurred_at, payload) VALUES ('" + java.util.UUID.randomUUID() + "', 'Old', 'orders', 'o-1', 1, "
                + "CURRENT_TIMESTAMP, '{\"total\": 1.50}')");
            statement.execute("INSERT INTO ds_documents (collection, id, version, body, attributes) VALUES ('orders', "
                + "'o-1', 1, '{\"status\": \"OPEN\", \"lines\": [1, 2]}', '{\"status\": \"OPEN\"}')");
        }

        JdbcDocumentStore store = JdbcDocumentStore.builder(database).build();
        List<String> relayed = new ArrayList<>();

        assertThat(JdbcMigrations.currentVersion(database)).isEqualTo(JdbcMigrations.latestVersion());
        assertThat(store.relay(10, events -> events.forEach(e -> relayed.add(e.event().type() + " "
            + e.event().payload())))).isEqualTo(1);
        assertThat(relayed).containsExactly("Old {\"total\": 1.50}");
        assertThat(store.findBy("orders", "status", "OPEN")).singleElement()
            .satisfies(document -> assertThat(document.body()).isEqualTo("{\"lines\": [1, 2], \"status\": \"OPEN\"}"));
    }

    @Test
    @DisplayName("DS-7.2.1 on PostgreSQL bodies and payloads are kept as JSON text, attributes as JSONB for their index (ADR 0038)")
    void givenPostgresAtTheLatestVersion_whenColumnsRead_thenWholeJsonAsTextAttributesAsJsonb() throws Exception {
        DataSource database = TestDatabases.postgresDirect(TestDatabases.newPostgresDatabase());
        JdbcMigrations.migrate(database);
        List<String> types = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT table_name || '.' || column_name || ' ' || "
                 + "data_type FROM information_schema.columns WHERE (table_name, column_name) IN "
                 + "(('ds_documents', 'body'), ('ds_documents', 'attributes'), ('ds_outbox', 'payload')) ORDER BY 1")) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }

        assertThat(types).containsExactly("ds_documents.attributes jsonb", "ds_documents.body json",
            "ds_outbox.payload json");
    }
}
