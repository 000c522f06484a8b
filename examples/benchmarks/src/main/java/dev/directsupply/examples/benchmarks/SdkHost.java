package dev.directsupply.examples.benchmarks;

import static dev.directsupply.testing.Staff.SALES;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import dev.directsupply.sdk.DirectSupply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One host of the SDK on PostgreSQL: its own HikariCP pool, counted by a {@link CountingDataSource},
 * a {@link JdbcDocumentStore} on it, and its own {@link DirectSupply}; any number of hosts may share
 * one database. It runs order-to-cash for its own customers, one order at a time, with the steps of
 * {@link OrderLifecycleBenchmark#sdkOrderToCash()}: submit, review, release, the shipment through delivery
 * to its joint acceptance, then drain the relay (the order follows its shipment) and close it. Not thread-safe:
 * one thread per host.
 */
final class SdkHost implements AutoCloseable {
    static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final JdbcCounters counters = new JdbcCounters();
    private final DocumentStore store;
    private final DirectSupply sdk;
    private final OrderDesk orders;
    private final List<CustomerId> customers;
    private final LocalDate today;
    private final LocalDate deliveryDate;
    private final List<OrderId> placed = new ArrayList<>();
    private final boolean splitPhases;
    private JdbcCounts commands = JdbcCounts.NONE;
    private JdbcCounts relay = JdbcCounts.NONE;

    private SdkHost(HikariDataSource pool, String instance, Consumer<RecordedTransaction> recorder,
                    List<CustomerId> customers, boolean splitPhases) {
        this.pool = pool;
        this.store = JdbcDocumentStore.builder(CountingDataSource.wrap(pool, counters, recorder)).build();
        this.sdk = OrderToCashFixture.sdk(store, instance);
        this.orders = sdk.orders();
        this.customers = List.copyOf(customers);
        this.today = LocalDate.now(sdk.clock());
        this.deliveryDate = today.plusDays(10);
        this.splitPhases = splitPhases;
    }

    /**
     * A host on the database.
     *
     * @param name        the pool's name
     * @param instance    the SDK instance's name among the hosts on the database, or "" for a host alone
     * @param jdbcUrl     the database
     * @param customers   this host's own customers, whom its orders go round
     * @param recorder    takes each committed transaction that wrote, or null
     * @param splitPhases whether to count the commands and the relay of each order apart
     */
    static SdkHost open(String name, String instance, String jdbcUrl, List<CustomerId> customers,
                        Consumer<RecordedTransaction> recorder, boolean splitPhases) {
        return new SdkHost(pool(name, jdbcUrl), instance, recorder, customers, splitPhases);
    }

    /** A HikariCP pool of {@value #POOL_SIZE} on the database, with the server's own settings. */
    static HikariDataSource pool(String name, String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setMaximumPoolSize(POOL_SIZE);
        return new HikariDataSource(config);
    }

    /** One order from submission to closing, then the relay drained; returns its id. */
    OrderId orderToCash(long n) {
        JdbcCounts before = splitPhases ? counters.snapshot() : null;
        CustomerId customer = customers.get((int) (n % customers.size()));
        OrderId id = OrderLifecycleBenchmark.deliver(sdk, customer, n, today, deliveryDate);
        JdbcCounts decided = splitPhases ? counters.snapshot() : null;
        OrderLifecycleBenchmark.close(sdk, id);
        if (splitPhases) {
            JdbcCounts relayed = counters.snapshot();
            commands = commands.plus(decided.minus(before));
            relay = relay.plus(relayed.minus(decided));
        }
        placed.add(id);
        return id;
    }

    /** Everything this host's pool was asked so far. */
    JdbcCounts counts() {
        return counters.snapshot();
    }

    /** What the commands of the orders asked, when the phases are split. */
    JdbcCounts commandCounts() {
        return commands;
    }

    /** What draining the relay after each order asked, when the phases are split. */
    JdbcCounts relayCounts() {
        return relay;
    }

    /** Drains the relay; returns how many events it relayed. */
    int drain() {
        return sdk.events().drain().events();
    }

    /** Whether the outbox holds no pending event. */
    boolean nothingPending() {
        return store.pendingEvents(1).isEmpty();
    }

    /** The orders this host placed. */
    int placedOrders() {
        return placed.size();
    }

    /** How many of the orders this host placed are CLOSED, read back from the store. */
    int closedOrders() {
        int closed = 0;
        for (OrderId id : placed) {
            if (orders.get(SALES, id).status() == OrderStatus.CLOSED) {
                closed++;
            }
        }
        return closed;
    }

    @Override
    public void close() {
        sdk.close();
        pool.close();
    }
}
