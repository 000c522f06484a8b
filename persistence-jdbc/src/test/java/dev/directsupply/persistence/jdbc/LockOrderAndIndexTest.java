package dev.directsupply.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.persistence.tck.Race;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Batches naming their documents in opposite orders never deadlock; look-ups use an index. */
class LockOrderAndIndexTest {
    private static final String DATABASE = TestDatabases.newPostgresDatabase();
    private static final HikariDataSource POOL = TestDatabases.postgresPool(DATABASE, 8);
    private static final JdbcDocumentStore STORE = JdbcDocumentStore.builder(POOL).build();

    @AfterAll
    static void closePool() {
        POOL.close();
    }

    @Test
    @DisplayName("8 threads writing pairs in opposite orders: only version conflicts, never a deadlock")
    void givenBatchesInOppositeOrders_whenRacing_thenNoDeadlock() throws Exception {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        STORE.write(WriteBatch.of(DocumentWrite.create("pairs", a, "{\"n\": 0}", Map.of())));
        STORE.write(WriteBatch.of(DocumentWrite.create("pairs", b, "{\"n\": 0}", Map.of())));

        Race race = Race.run(8, 100, thread -> {
            boolean reversed = thread % 2 == 1;
            return () -> {
                Document first = STORE.read("pairs", reversed ? b : a).orElseThrow();
                Document second = STORE.read("pairs", reversed ? a : b).orElseThrow();
                STORE.write(WriteBatch.builder()
                    .write(DocumentWrite.update("pairs", first.id(), first.version(), "{\"n\": 1}", Map.of()))
                    .write(DocumentWrite.update("pairs", second.id(), second.version(), "{\"n\": 1}", Map.of()))
                    .build());
            };
        });

        assertThat(race.unexpected()).isNull();
        assertThat(race.transientConflicts()).as("deadlocks: writes take rows in one order").isZero();
        assertThat(STORE.read("pairs", a).orElseThrow().version()).isEqualTo(STORE.read("pairs", b).orElseThrow().version());
    }

    @Test
    @DisplayName("on PostgreSQL a look-up by attribute uses the GIN index")
    void givenManyDocuments_whenLookupExplained_thenIndexScan() throws Exception {
        List<DocumentWrite> writes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            writes.add(DocumentWrite.create("indexed", "c-" + i, "{}", Map.of("creditCode", "code-" + i)));
            if (writes.size() == 500) {
                STORE.write(new WriteBatch(writes, List.of(), List.of()));
                writes.clear();
            }
        }
        String plan = explain(POOL, "ANALYZE ds_documents",
            "EXPLAIN SELECT id FROM ds_documents WHERE collection = 'indexed' "
                + "AND attributes @> CAST('{\"creditCode\":\"code-7\"}' AS JSONB)");

        assertThat(plan).contains("ds_documents_attributes");
        assertThat(STORE.findBy("indexed", "creditCode", "code-7")).extracting(Document::id).containsExactly("c-7");
    }

    @Test
    @DisplayName("on H2 a look-up by attribute uses the attribute index")
    void givenH2_whenLookupExplained_thenIndexUsed() throws Exception {
        try (HikariDataSource h2 = TestDatabases.h2Pool(2)) {
            JdbcDocumentStore store = JdbcDocumentStore.builder(h2).build();
            store.write(WriteBatch.of(DocumentWrite.create("indexed", "c-1", "{}", Map.of("creditCode", "x"))));

            String plan = explain(h2, null, "EXPLAIN SELECT d.id FROM ds_attributes a JOIN ds_documents d "
                + "ON d.collection = a.collection AND d.id = a.id "
                + "WHERE a.collection = 'indexed' AND a.attr_name = 'creditCode' AND a.attr_value = 'x'");

            assertThat(plan.toUpperCase()).contains("DS_ATTRIBUTES_BY_VALUE");
        }
    }

    private static String explain(DataSource source, String prepare, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            if (prepare != null) {
                statement.execute(prepare);
            }
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
