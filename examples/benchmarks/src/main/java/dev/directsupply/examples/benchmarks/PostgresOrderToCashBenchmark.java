package dev.directsupply.examples.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * One order from submission to cash on a real PostgreSQL that makes every commit durable
 * ({@link DurablePostgres}: fsync, synchronous commit and full-page writes on; the settings are
 * printed), four ways on the same server in the same run:
 * <ol>
 *   <li><b>sdk</b>: the SDK with {@link JdbcDocumentStore} on a HikariCP pool, one thread running the
 *       steps of {@link OrderLifecycleBenchmark#sdkOrderToCash()} — submit, review, release, ship,
 *       confirm delivery, accept, close, then drain the relay ({@link SdkHost}).</li>
 *   <li><b>floor</b>: the SDK's own writes and nothing else. Every transaction that wrote during the
 *       round's sdk orders is recorded by {@link CountingDataSource} — its INSERT, UPDATE and DELETE
 *       statements with their SQL text and the parameters as bound — and {@link TransactionReplay}
 *       runs them again, in commit order, with the same setters, batches and commits and without the
 *       reads, on a pool of the same size. Replays cannot collide with the recorded writes because
 *       each round's sdk orders run in a fresh copy of a seeded database ({@code CREATE DATABASE ...
 *       TEMPLATE}) and the replay goes to another fresh copy of it: the same documents at the same
 *       versions and the outbox's sequence where it stood, so the replay writes the same ids, versions,
 *       sequences and bytes, and every statement must change as many rows as it did (or the replay
 *       stops). The floor is what the SDK's write path costs on this server when every read, every
 *       decision and all the SDK's own code take no time.</li>
 *   <li><b>handWritten</b>: a minimal application on raw JDBC ({@link HandWrittenJdbcOrders}): seven
 *       transactions, each a guarded status update (or the order's insert) and an audit row, the
 *       invoice on acceptance; no events, no outbox, no relay.</li>
 *   <li><b>scale-out</b>: 1, 2 and 4 SDK hosts, each with its own {@code DirectSupply} and pool on the
 *       same database, each on its own thread with customers of its own, running orders at once (each
 *       host drains the relay after each order, and so relays other hosts' events too). After the run
 *       every host drains until nothing is pending, and every order must be CLOSED. With
 *       {@code --hosts-apart} each host has a database of its own on the server instead: what the
 *       machine gives without the hosts' contention.</li>
 * </ol>
 * The variants are interleaved within each round — the sdk and then its floor, the hand-written
 * application, the scale-out, each round starting with the next of these three — after warm-up rounds
 * that are not reported: up to three, until the JIT compiles for less than a tenth of a round's time (each
 * round prints how long the JIT compiled in it). Each variant reports its median orders per second over the rounds,
 * the SDK's ratio to it as the median of the rounds' ratios (a shared machine drifts from round to
 * round more than within one), and, per order, what it asked of JDBC as {@link CountingDataSource}
 * counts it: commits (autocommit statements, reads included, each count one), statements, round trips
 * and the UTF-8 bytes of the String and byte[] parameters of its committed writing transactions. With
 * {@code --sql} it also prints the SDK's SQL per order, split into the commands and the relay.
 *
 * <p>{@code java -cp examples/benchmarks/target/benchmarks.jar
 * dev.directsupply.examples.benchmarks.PostgresOrderToCashBenchmark [--quick] [--rounds N] [--orders N]
 * [--orders-per-host N] [--customers N] [--sql]}
 */
public final class PostgresOrderToCashBenchmark {
    private static final String SEED = "ds_seed";
    private static final String HAND_WRITTEN = "ds_handwritten";
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /** Warm-up rounds at most, and the share of a warm-up round's time spent compiling below which the next is not needed. */
    private static final int MOST_WARM_UPS = 3;
    private static final double SETTLED_JIT_SHARE = 0.10;

    private final Databases databases;
    private final Profile profile;
    private final PrintStream out;
    private final OrderToCashReport report;
    private final CpuMeter cpu;
    private List<CustomerId> customers;
    private int roundsRun;

    /**
     * What to run.
     *
     * @param rounds        measured rounds; each runs every variant once
     * @param orders        orders per round of sdk, floor and handWritten
     * @param warmUpOrders  orders of each unreported warm-up round (the scale-out runs as in the others); 0 for none
     * @param customers     customers registered, whom the orders go round
     * @param hosts         the host counts of the scale-out
     * @param ordersPerHost orders each host of the scale-out runs per round
     * @param sql           whether to print the SDK's SQL histogram
     * @param hostsApart    whether the scale-out's hosts each get a database of their own on the server,
     *                      instead of sharing one: the machine's limit without the hosts' contention
     */
    public record Profile(int rounds, int orders, int warmUpOrders, int customers, List<Integer> hosts,
                          int ordersPerHost, boolean sql, boolean hostsApart) {
        public Profile {
            hosts = List.copyOf(hosts);
            if (rounds < 1 || orders < 1 || warmUpOrders < 0 || ordersPerHost < 1) {
                throw new IllegalArgumentException("rounds, orders and orders per host are 1 or more");
            }
            int most = hosts.stream().mapToInt(Integer::intValue).max().orElse(1);
            if (customers < most) {
                throw new IllegalArgumentException("every host needs a customer: " + customers + " for " + most);
            }
        }

        /** Five rounds of 300 orders after a warm-up of 300, 200 customers, 1, 2 and 4 hosts of 100 orders each. */
        public static Profile standard() {
            return new Profile(5, 300, 300, 200, List.of(1, 2, 4), 100, false, false);
        }

        /** One round of 20 orders, no warm-up, 8 customers, 1 and 2 hosts of 10 orders each. */
        public static Profile quick() {
            return new Profile(1, 20, 0, 8, List.of(1, 2), 10, false, false);
        }

        /** The profile the command line asks for: {@code --quick} first, then any of the others. */
        public static Profile parse(String... args) {
            Profile base = List.of(args).contains("--quick") ? quick() : standard();
            int rounds = base.rounds;
            int orders = base.orders;
            int ordersPerHost = base.ordersPerHost;
            int customers = base.customers;
            boolean sql = base.sql;
            boolean hostsApart = base.hostsApart;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> { }
                    case "--sql" -> sql = true;
                    case "--hosts-apart" -> hostsApart = true;
                    case "--rounds" -> rounds = number(args, ++i);
                    case "--orders" -> orders = number(args, ++i);
                    case "--orders-per-host" -> ordersPerHost = number(args, ++i);
                    case "--customers" -> customers = number(args, ++i);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use [--quick] "
                        + "[--rounds N] [--orders N] [--orders-per-host N] [--customers N] [--sql] [--hosts-apart]");
                }
            }
            return new Profile(rounds, orders, base.warmUpOrders, customers, base.hosts, ordersPerHost, sql,
                hostsApart);
        }

        private static int number(String[] args, int at) {
            if (at >= args.length) {
                throw new IllegalArgumentException(args[at - 1] + " needs a number");
            }
            return Integer.parseInt(args[at]);
        }
    }

    PostgresOrderToCashBenchmark(EmbeddedPostgres server, Profile profile, PrintStream out) {
        this.databases = new Databases(server);
        this.profile = profile;
        this.out = out;
        this.report = new OrderToCashReport(ServerSettings.of(server.getPostgresDatabase()));
        this.cpu = CpuMeter.of(server.getPostgresDatabase());
    }

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.parse(args);
        OrderToCashReport report;
        try (EmbeddedPostgres server = DurablePostgres.start()) {
            report = new PostgresOrderToCashBenchmark(server, profile, System.out).run();
        }
        print(report, profile, System.out);
        if (!report.problems().isEmpty()) {
            System.exit(1);
        }
    }

    /** Seeds the customers, runs the rounds, and returns what they measured. */
    OrderToCashReport run() throws SQLException, InterruptedException {
        out.println(report.settings().describe());
        out.println(String.format(Locale.ROOT, "%s; %d processors; %s", System.getProperty("java.vm.name") + " "
            + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), profile));
        seed();
        databases.create(HAND_WRITTEN);
        try (HikariDataSource pool = SdkHost.pool("handWritten-schema", databases.url(HAND_WRITTEN))) {
            new HandWrittenJdbcOrders(pool, OrderToCashFixture.clock()).createTables();
        }
        if (profile.warmUpOrders() > 0) {
            // Warm up until the JIT has compiled what the variants run: a round measured while the compiler
            // still works on the SDK's larger code would charge its compiling to the SDK (and take a core).
            for (int warmUp = 1; warmUp <= MOST_WARM_UPS; warmUp++) {
                if (round("warm-up " + warmUp, "w" + warmUp, false, profile.warmUpOrders()) <= SETTLED_JIT_SHARE) {
                    break;
                }
            }
        }
        for (int round = 1; round <= profile.rounds(); round++) {
            round("round " + round, "r" + round, true, profile.orders());
        }
        databases.drop(HAND_WRITTEN);
        databases.drop(SEED);
        return report;
    }

    private void seed() throws SQLException {
        long start = System.nanoTime();
        databases.create(SEED);
        try (HikariDataSource pool = SdkHost.pool("seed", databases.url(SEED))) {
            customers = OrderToCashFixture.seed(JdbcDocumentStore.builder(pool).build(), profile.customers());
        }
        out.println(String.format(Locale.ROOT, "seeded %d customers in %.1f s", customers.size(),
            (System.nanoTime() - start) / 1e9));
    }

    /** Runs one round and returns the share of its time the JIT spent compiling. */
    private double round(String name, String tag, boolean measured, int orders)
        throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long compiling = JIT.getTotalCompilationTime();
        StringBuilder line = new StringBuilder(name).append(':');
        roundsRun++;
        List<Block> blocks = List.of(() -> sdkAndFloor(tag, orders, measured, line),
            () -> handWritten(tag, orders, measured, line), () -> scaleOut(tag, measured, line));
        for (int i = 0; i < blocks.size(); i++) {
            // Each round starts with another block, so that none always runs first (or last).
            blocks.get((roundsRun + i) % blocks.size()).run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double jit = (JIT.getTotalCompilationTime() - compiling) / 1e3;
        out.println(line.append(String.format(Locale.ROOT, " (%.0f s, JIT compiling %.1f s)", seconds, jit)));
        return jit / seconds;
    }

    /** A part of a round. */
    @FunctionalInterface
    private interface Block {
        void run() throws SQLException, InterruptedException;
    }

    /** The SDK, then the floor replaying the SDK's writes of this round. */
    private void sdkAndFloor(String tag, int orders, boolean measured, StringBuilder line) throws SQLException {
        TransactionRecorder recorder = new TransactionRecorder();
        OrderToCashRun sdk = sdk(tag, orders, recorder, measured);
        OrderToCashRun floor = floor(tag, orders, recorder.transactions());
        if (measured) {
            report.add(OrderToCashReport.SDK, sdk);
            report.add(OrderToCashReport.FLOOR, floor);
        }
        note(line, OrderToCashReport.SDK, sdk);
        note(line, OrderToCashReport.FLOOR, floor);
    }

    private void handWritten(String tag, int orders, boolean measured, StringBuilder line) throws SQLException {
        OrderToCashRun handWritten = handWritten(tag, orders, measured);
        if (measured) {
            report.add(OrderToCashReport.HAND_WRITTEN, handWritten);
        }
        note(line, OrderToCashReport.HAND_WRITTEN, handWritten);
    }

    private void scaleOut(String tag, boolean measured, StringBuilder line) throws SQLException, InterruptedException {
        for (int hosts : profile.hosts()) {
            OrderToCashRun scaled = scaleOut(tag, hosts, measured);
            if (measured) {
                report.addScaleOut(hosts, scaled);
            }
            note(line, hosts + (hosts == 1 ? " host" : " hosts"), scaled);
        }
    }

    private static void note(StringBuilder line, String name, OrderToCashRun run) {
        line.append(String.format(Locale.ROOT, " %s %.1f/s,", name, run.ordersPerSecond()));
    }

    /** The SDK on one thread, in a fresh copy of the seed, recording its writing transactions. */
    private OrderToCashRun sdk(String tag, int orders, TransactionRecorder recorder, boolean measured)
        throws SQLException {
        String database = "ds_sdk_" + tag;
        databases.copy(SEED, database);
        try (SdkHost host = SdkHost.open("sdk-" + tag, "", databases.url(database), customers, recorder,
            true)) {
            recorder.clear();
            JdbcCounts before = host.counts();
            CpuMeter.Used used = cpu.now();
            long start = System.nanoTime();
            for (int i = 0; i < orders; i++) {
                host.orderToCash(i);
            }
            long nanos = System.nanoTime() - start;
            used = cpu.now().minus(used);
            JdbcCounts counts = host.counts().minus(before);
            if (measured) {
                report.addSdkPhases(host.commandCounts(), host.relayCounts());
                report.checked("sdk " + tag, host.placedOrders(), host.closedOrders(), host.nothingPending());
            }
            return new OrderToCashRun(orders, nanos, counts, used);
        } finally {
            databases.drop(database);
        }
    }

    /** The recorded writing transactions replayed into another fresh copy of the seed. */
    private OrderToCashRun floor(String tag, int orders, List<RecordedTransaction> transactions)
        throws SQLException {
        String database = "ds_floor_" + tag;
        databases.copy(SEED, database);
        try (HikariDataSource pool = SdkHost.pool("floor-" + tag, databases.url(database))) {
            JdbcCounters counters = new JdbcCounters();
            TransactionReplay replay = new TransactionReplay(CountingDataSource.wrap(pool, counters));
            ready(pool);
            CpuMeter.Used used = cpu.now();
            long start = System.nanoTime();
            replay.replay(transactions);
            long nanos = System.nanoTime() - start;
            return new OrderToCashRun(orders, nanos, counters.snapshot(), cpu.now().minus(used));
        } finally {
            databases.drop(database);
        }
    }

    /** The hand-written application, in its own database. */
    private OrderToCashRun handWritten(String tag, int orders, boolean measured) throws SQLException {
        try (HikariDataSource pool = SdkHost.pool("handWritten-" + tag, databases.url(HAND_WRITTEN))) {
            JdbcCounters counters = new JdbcCounters();
            HandWrittenJdbcOrders application = new HandWrittenJdbcOrders(CountingDataSource.wrap(pool, counters),
                OrderToCashFixture.clock());
            ready(pool);
            long closedBefore = new HandWrittenJdbcOrders(pool, OrderToCashFixture.clock()).closed();
            CpuMeter.Used used = cpu.now();
            long start = System.nanoTime();
            for (int i = 0; i < orders; i++) {
                application.orderToCash("HW-" + tag + "-" + i, customers.get(i % customers.size()).value(),
                    "k-" + tag + "-" + i);
            }
            long nanos = System.nanoTime() - start;
            used = cpu.now().minus(used);
            JdbcCounts counts = counters.snapshot();
            if (measured) {
                long closed = new HandWrittenJdbcOrders(pool, OrderToCashFixture.clock()).closed() - closedBefore;
                report.checked("handWritten " + tag, orders, closed, true);
            }
            return new OrderToCashRun(orders, nanos, counts, used);
        }
    }

    /** Several SDK hosts on one fresh copy of the seed, each on its own thread with its own customers. */
    private OrderToCashRun scaleOut(String tag, int hosts, boolean measured)
        throws SQLException, InterruptedException {
        List<String> hostDatabases = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            hostDatabases.add(h == 0 || !profile.hostsApart() ? "ds_scale" + hosts + "_" + tag
                : "ds_scale" + hosts + "_" + tag + "_host" + h);
        }
        for (String database : new LinkedHashSet<>(hostDatabases)) {
            databases.copy(SEED, database);
        }
        List<SdkHost> running = new ArrayList<>(hosts);
        ExecutorService threads = Executors.newFixedThreadPool(hosts);
        try {
            for (int h = 0; h < hosts; h++) {
                running.add(SdkHost.open("host" + h + "-" + hosts + "-" + tag, "host-" + h, databases.url(hostDatabases.get(h)),
                    customersOf(h, hosts), null, false));
            }
            JdbcCounts before = sum(running);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>(hosts);
            for (SdkHost host : running) {
                work.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < profile.ordersPerHost(); i++) {
                        host.orderToCash(i);
                    }
                    return null;
                }));
            }
            CpuMeter.Used used = cpu.now();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> done : work) {
                await(done);
            }
            long nanos = System.nanoTime() - start;
            used = cpu.now().minus(used);
            JdbcCounts counts = sum(running).minus(before);
            boolean drained = drainAll(running);
            int placed = running.stream().mapToInt(SdkHost::placedOrders).sum();
            int closed = running.stream().mapToInt(SdkHost::closedOrders).sum();
            if (measured) {
                report.checked("scale-out " + hosts + " hosts " + tag, placed, closed, drained);
            }
            return new OrderToCashRun(placed, nanos, counts, used);
        } finally {
            threads.shutdownNow();
            running.forEach(SdkHost::close);
            for (String database : new LinkedHashSet<>(hostDatabases)) {
                databases.drop(database);
            }
        }
    }

    private List<CustomerId> customersOf(int host, int hosts) {
        List<CustomerId> own = new ArrayList<>();
        for (int i = host; i < customers.size(); i += hosts) {
            own.add(customers.get(i));
        }
        return own;
    }

    /** Drains every host in turn until the outbox is empty (ten turns at most); whether it is. */
    private static boolean drainAll(List<SdkHost> hosts) {
        for (int turn = 0; turn < 10; turn++) {
            hosts.forEach(SdkHost::drain);
            if (hosts.stream().allMatch(SdkHost::nothingPending)) {
                return true;
            }
        }
        return false;
    }

    private static JdbcCounts sum(List<SdkHost> hosts) {
        JdbcCounts sum = JdbcCounts.NONE;
        for (SdkHost host : hosts) {
            sum = sum.plus(host.counts());
        }
        return sum;
    }

    private static void await(Future<?> work) throws InterruptedException {
        try {
            work.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a host failed", e.getCause());
        }
    }

    /** Waits until the pool has a connection, so that its start is not timed. */
    private static void ready(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
        }
    }

    /** Prints the tables, and the SQL histogram when asked. */
    static void print(OrderToCashReport report, Profile profile, PrintStream out) {
        out.println();
        out.println(report.table());
        out.println(report.scaleTable());
        out.println(report.phaseTable());
        if (profile.sql()) {
            out.println(report.sqlHistogram());
        }
        out.println(String.format(Locale.ROOT, "checks: %d of %d orders CLOSED; %s", report.closed(), report.placed(),
            report.problems().isEmpty() ? "nothing pending after the final drains" : report.problems()));
    }
}
