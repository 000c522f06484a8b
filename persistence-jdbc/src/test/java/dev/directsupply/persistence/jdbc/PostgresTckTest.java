package dev.directsupply.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.tck.DocumentStoreTck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/** The whole storage TCK on a real PostgreSQL 17 server; contention at 16 threads × 200 operations. */
@DisplayName("JdbcDocumentStore on PostgreSQL passes the storage TCK")
class PostgresTckTest extends DocumentStoreTck {
    private static final HikariDataSource POOL = TestDatabases.postgresPool(TestDatabases.newPostgresDatabase(), 8);
    private static final JdbcDocumentStore STORE = JdbcDocumentStore.builder(POOL).build();

    @Override
    protected DocumentStore createStore() {
        return STORE;
    }

    @Override
    public int threads() {
        return 16;
    }

    @Override
    public int attemptsPerThread() {
        return 200;
    }

    @AfterAll
    static void closePool() {
        POOL.close();
    }
}
