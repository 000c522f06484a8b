package dev.directsupply.persistence.tck;

import dev.directsupply.persistence.DocumentStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * The whole contract of the storage SPI. Extend it, implement {@link #createStore()}, and every
 * contract runs against your adapter:
 *
 * <pre>{@code
 * class MyStoreTck extends DocumentStoreTck {
 *     @Override
 *     protected DocumentStore createStore() {
 *         return new MyStore(dataSource);
 *     }
 * }
 * }</pre>
 *
 * A store may be shared across tests (one database): each test writes to its own collection and
 * reads back only its own events. A store that is {@link AutoCloseable} is closed after each test.
 */
public abstract class DocumentStoreTck implements DocumentContract, ConflictContract, IndexContract,
    ScanContract, OutboxContract, AuditContract, ConcurrencyContract {

    private static final AtomicInteger COLLECTIONS = new AtomicInteger();

    private DocumentStore store;
    private String collection;

    /** A store for one test method. */
    protected abstract DocumentStore createStore() throws Exception;

    @BeforeEach
    final void openStore(TestInfo test) throws Exception {
        store = createStore();
        collection = "tck-" + Long.toString(System.nanoTime() & 0xffffffffL, 36) + "-"
            + COLLECTIONS.incrementAndGet();
    }

    @AfterEach
    final void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public final DocumentStore store() {
        return store;
    }

    @Override
    public final String collection() {
        return collection;
    }
}
