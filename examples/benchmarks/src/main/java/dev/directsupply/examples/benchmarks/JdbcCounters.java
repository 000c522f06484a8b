package dev.directsupply.examples.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The running totals a {@link CountingDataSource} keeps; thread-safe, so several connections (and
 * threads) of one data source may count into one. {@link #snapshot()} reads them as {@link JdbcCounts}.
 */
public final class JdbcCounters {
    private final LongAdder commits = new LongAdder();
    private final LongAdder writingCommits = new LongAdder();
    private final LongAdder statements = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();
    private final LongAdder abortedWrites = new LongAdder();
    private final LongAdder bytesWritten = new LongAdder();
    private final Map<String, Tally> bySql = new ConcurrentHashMap<>();

    /** One execute call of the SQL text that ran {@code count} statements (the rows of a batch) in {@code nanos}. */
    void executed(String sql, int count, long nanos) {
        statements.add(count);
        roundTrips.increment();
        tally(sql, count, nanos);
    }

    /** A {@code commit()} call: a round trip; the transaction it ends is counted by {@link #ended}. */
    void commitCalled(long nanos) {
        roundTrips.increment();
        tally(JdbcCounts.COMMIT, 1, nanos);
    }

    /** A {@code rollback()} call. */
    void rollbackCalled(long nanos) {
        roundTrips.increment();
        rollbacks.increment();
        tally(JdbcCounts.ROLLBACK, 1, nanos);
    }

    /** A transaction committed, explicitly or as one autocommit statement. */
    void ended(boolean writing, long bytes) {
        commits.increment();
        if (writing) {
            writingCommits.increment();
            bytesWritten.add(bytes);
        }
    }

    /** A transaction that wrote was rolled back, or left open when its connection was closed. */
    void aborted() {
        abortedWrites.increment();
    }

    private void tally(String sql, int count, long nanos) {
        Tally tally = bySql.computeIfAbsent(sql, text -> new Tally());
        tally.statements.add(count);
        tally.roundTrips.increment();
        tally.nanos.add(nanos);
    }

    /** The totals so far. Taken while others count, each figure is exact but they may be a call apart. */
    public JdbcCounts snapshot() {
        Map<String, SqlTally> histogram = new HashMap<>(bySql.size() * 2);
        bySql.forEach((sql, tally) -> histogram.put(sql, new SqlTally(tally.statements.sum(),
            tally.roundTrips.sum(), tally.nanos.sum())));
        return new JdbcCounts(commits.sum(), writingCommits.sum(), statements.sum(), roundTrips.sum(),
            rollbacks.sum(), abortedWrites.sum(), bytesWritten.sum(), histogram);
    }

    private static final class Tally {
        final LongAdder statements = new LongAdder();
        final LongAdder roundTrips = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }
}
