package dev.directsupply.examples.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@link PostgresOrderToCashBenchmark} measured over its rounds, and its tables in markdown:
 * each variant's median orders per second and, per order, what it asked of JDBC; the scale-out by
 * hosts; the SDK's SQL per order. Rounds are added as they finish; not thread-safe.
 */
final class OrderToCashReport {
    static final String SDK = "sdk";
    static final String FLOOR = "floor";
    static final String HAND_WRITTEN = "handWritten";

    private final ServerSettings settings;
    private final Map<String, List<OrderToCashRun>> variants = new LinkedHashMap<>();
    private final TreeMap<Integer, List<OrderToCashRun>> scaleOut = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private JdbcCounts sdkCommands = JdbcCounts.NONE;
    private JdbcCounts sdkRelay = JdbcCounts.NONE;
    private long placed;
    private long closed;

    OrderToCashReport(ServerSettings settings) {
        this.settings = settings;
        // The tables list the variants in this order, whichever ran first.
        List.of(SDK, FLOOR, HAND_WRITTEN).forEach(variant -> variants.put(variant, new ArrayList<>()));
    }

    void add(String variant, OrderToCashRun run) {
        variants.computeIfAbsent(variant, name -> new ArrayList<>()).add(run);
    }

    void addScaleOut(int hosts, OrderToCashRun run) {
        scaleOut.computeIfAbsent(hosts, count -> new ArrayList<>()).add(run);
    }

    /** The SDK's counts split into its orders' commands and the relay drained after each. */
    void addSdkPhases(JdbcCounts commands, JdbcCounts relay) {
        sdkCommands = sdkCommands.plus(commands);
        sdkRelay = sdkRelay.plus(relay);
    }

    /** What a run's checks found: its orders placed and CLOSED, and whether the outbox was drained. */
    void checked(String run, long ordersPlaced, long ordersClosed, boolean drained) {
        placed += ordersPlaced;
        closed += ordersClosed;
        if (ordersClosed != ordersPlaced) {
            problems.add(run + ": " + ordersClosed + " of " + ordersPlaced + " orders CLOSED");
        }
        if (!drained) {
            problems.add(run + ": events still pending after the final drains");
        }
    }

    ServerSettings settings() {
        return settings;
    }

    /** The variants measured: sdk, floor, handWritten. */
    Set<String> variants() {
        Set<String> measured = new LinkedHashSet<>(variants.keySet());
        measured.removeIf(variant -> variants.get(variant).isEmpty());
        return measured;
    }

    /** The host counts of the scale-out, ascending. */
    Set<Integer> hosts() {
        return scaleOut.keySet();
    }

    /** Orders placed by every checked run, and how many of them were CLOSED at the end. */
    long placed() {
        return placed;
    }

    long closed() {
        return closed;
    }

    /** What the checks found wrong; empty when every order was CLOSED and every outbox drained. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    double medianOrdersPerSecond(String variant) {
        return median(variants.get(variant));
    }

    double medianOrdersPerSecond(int hosts) {
        return median(scaleOut.get(hosts));
    }

    /** A variant's counts over all its rounds. */
    JdbcCounts counts(String variant) {
        return total(variants.get(variant));
    }

    long orders(String variant) {
        return orders(variants.get(variant));
    }

    /** A variant's CPU time, the JVM's and the server's, over all its rounds. */
    CpuMeter.Used cpu(String variant) {
        return used(variants.get(variant));
    }

    JdbcCounts counts(int hosts) {
        return total(scaleOut.get(hosts));
    }

    long orders(int hosts) {
        return orders(scaleOut.get(hosts));
    }

    /**
     * The variants' table: median throughput, the SDK's ratio to each (the median of the rounds' ratios,
     * each taken between runs of one round, which the machine's drift from round to round leaves alone),
     * and what each order asked of JDBC.
     */
    String table() {
        StringBuilder table = new StringBuilder()
            .append("| variant | orders/s | rounds' range | SDK ÷ it | commits/order | of them writing | ")
            .append("statements/order | round trips/order | bytes written/order | JVM CPU ms/order | ")
            .append("of it JIT ms/order | server CPU ms/order |\n")
            .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<OrderToCashRun> sdk = variants.get(SDK);
        variants().forEach(variant -> row(table, variant, variants.get(variant), sdk));
        if (!scaleOut.isEmpty()) {
            int most = scaleOut.lastKey();
            row(table, "scale-out, " + most + " hosts", scaleOut.get(most), sdk);
        }
        return table.toString();
    }

    private static void row(StringBuilder table, String name, List<OrderToCashRun> runs, List<OrderToCashRun> sdk) {
        JdbcCounts counts = total(runs);
        long orders = orders(runs);
        table.append(String.format(Locale.ROOT, "| %s | %,.1f | %s | %.2f | %.1f | %.1f | %.1f | %.1f | %,.0f | %s |%n",
            name, median(runs), range(runs), ratio(sdk, runs), per(counts.commits(), orders),
            per(counts.writingCommits(), orders), per(counts.statements(), orders), per(counts.roundTrips(), orders),
            per(counts.bytesWritten(), orders), cpu(runs, orders)));
    }

    /**
     * The JVM's CPU time, the JIT's compiling of it, and the server's CPU time per order over the runs,
     * three cells; "?" where it is unknown.
     */
    private static String cpu(List<OrderToCashRun> runs, long orders) {
        CpuMeter.Used used = used(runs);
        return millisPer(used.jvmNanos(), orders) + " | " + millisPer(used.jitNanos(), orders) + " | "
            + millisPer(used.serverNanos(), orders);
    }

    private static CpuMeter.Used used(List<OrderToCashRun> runs) {
        CpuMeter.Used used = CpuMeter.Used.NONE;
        for (OrderToCashRun run : runs) {
            used = used.plus(run.cpu());
        }
        return used;
    }

    private static String millisPer(long nanos, long orders) {
        return nanos < 0 || orders == 0 ? "?" : String.format(Locale.ROOT, "%.2f", nanos / 1e6 / orders);
    }

    private static String range(List<OrderToCashRun> runs) {
        DoubleSummaryStatistics rates = runs.stream().mapToDouble(OrderToCashRun::ordersPerSecond).summaryStatistics();
        return String.format(Locale.ROOT, "%,.1f–%,.1f", rates.getMin(), rates.getMax());
    }

    /** The scale-out's table: total orders per second by hosts, and each ÷ 1 host (the rounds' median ratio). */
    String scaleTable() {
        StringBuilder table = new StringBuilder()
            .append("| hosts | orders/s | rounds' range | ÷ 1 host | commits/order | round trips/order | ")
            .append("aborted writing transactions/order | JVM CPU ms/order | of it JIT ms/order | ")
            .append("server CPU ms/order |\n")
            .append("|---|---|---|---|---|---|---|---|---|---|\n");
        List<OrderToCashRun> one = scaleOut.get(1);
        for (int hosts : scaleOut.keySet()) {
            JdbcCounts counts = counts(hosts);
            long orders = orders(hosts);
            List<OrderToCashRun> runs = scaleOut.get(hosts);
            table.append(String.format(Locale.ROOT, "| %d | %,.1f | %s | %s | %.1f | %.1f | %.3f | %s |%n", hosts,
                median(runs), range(runs), one == null ? "" : String.format(Locale.ROOT, "%.2f", ratio(runs, one)),
                per(counts.commits(), orders), per(counts.roundTrips(), orders), per(counts.abortedWrites(), orders),
                cpu(runs, orders)));
        }
        return table.toString();
    }

    /** The SDK's work per order, split into its commands and the relay drained after them. */
    String phaseTable() {
        long orders = orders(SDK);
        StringBuilder table = new StringBuilder()
            .append("| sdk, per order | commits | of them writing | statements | round trips | bytes written |\n")
            .append("|---|---|---|---|---|---|\n");
        phaseRow(table, "the seven commands", sdkCommands, orders);
        phaseRow(table, "draining the relay", sdkRelay, orders);
        return table.toString();
    }

    private static void phaseRow(StringBuilder table, String name, JdbcCounts counts, long orders) {
        table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %,.0f |%n", name,
            per(counts.commits(), orders), per(counts.writingCommits(), orders), per(counts.statements(), orders),
            per(counts.roundTrips(), orders), per(counts.bytesWritten(), orders)));
    }

    /**
     * The SDK's SQL per order: each distinct SQL text (and the commit and rollback calls), with the
     * statements it ran per order — in the commands and in the relay — its round trips, and the time
     * the SDK waited on it per order (in the driver, on the network and on the server), most first.
     */
    String sqlHistogram() {
        long orders = orders(SDK);
        Set<String> texts = new HashSet<>(sdkCommands.bySql().keySet());
        texts.addAll(sdkRelay.bySql().keySet());
        List<String> sorted = new ArrayList<>(texts);
        Comparator<String> byStatements = Comparator.comparingLong(sql -> tally(sdkCommands, sql).statements()
            + tally(sdkRelay, sql).statements());
        sorted.sort(byStatements.reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder table = new StringBuilder()
            .append("| statements/order | in commands | in relay | round trips/order | ms/order | SQL |\n")
            .append("|---|---|---|---|---|---|\n");
        for (String sql : sorted) {
            SqlTally commands = tally(sdkCommands, sql);
            SqlTally relay = tally(sdkRelay, sql);
            table.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.2f | %.2f | %.3f | `%s` |%n",
                per(commands.statements() + relay.statements(), orders), per(commands.statements(), orders),
                per(relay.statements(), orders), per(commands.roundTrips() + relay.roundTrips(), orders),
                per(commands.nanos() + relay.nanos(), orders) / 1e6, sql.replace('\n', ' ').replace("|", "\\|")));
        }
        return table.toString();
    }

    private static SqlTally tally(JdbcCounts counts, String sql) {
        return counts.bySql().getOrDefault(sql, SqlTally.NONE);
    }

    private static double per(long count, long orders) {
        return orders == 0 ? 0 : (double) count / orders;
    }

    private static double median(List<OrderToCashRun> runs) {
        return median(runs.stream().mapToDouble(OrderToCashRun::ordersPerSecond).toArray());
    }

    /** The median over the rounds of the numerator's throughput ÷ the denominator's in the same round. */
    private static double ratio(List<OrderToCashRun> numerator, List<OrderToCashRun> denominator) {
        double[] ratios = new double[Math.min(numerator.size(), denominator.size())];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = numerator.get(round).ordersPerSecond() / denominator.get(round).ordersPerSecond();
        }
        return median(ratios);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static JdbcCounts total(List<OrderToCashRun> runs) {
        JdbcCounts total = JdbcCounts.NONE;
        for (OrderToCashRun run : runs) {
            total = total.plus(run.counts());
        }
        return total;
    }

    private static long orders(List<OrderToCashRun> runs) {
        return runs.stream().mapToLong(OrderToCashRun::orders).sum();
    }
}
