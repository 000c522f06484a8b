package dev.directsupply.examples.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * What went over JDBC, as {@link CountingDataSource} counts it, at one moment: add and subtract
 * snapshots to get what a stretch of work did.
 *
 * @param commits        transactions ended: {@code commit()} calls, plus each statement run in
 *                       autocommit mode (a transaction of its own), reads included
 * @param writingCommits the commits of transactions that ran at least one INSERT, UPDATE or DELETE
 * @param statements     statements executed, each row of a JDBC batch counting one
 * @param roundTrips     execute, executeQuery, executeUpdate, executeBatch, commit and rollback calls
 * @param rollbacks      {@code rollback()} calls
 * @param abortedWrites  transactions that wrote and were rolled back (or left open on a connection
 *                       closed): lost races on a version, deadlocks, failures
 * @param bytesWritten   UTF-8 bytes of the String and byte[] parameters bound to the writing statements
 *                       of committed transactions
 * @param bySql          per SQL text (and {@link #COMMIT}, {@link #ROLLBACK}), what ran
 */
public record JdbcCounts(long commits, long writingCommits, long statements, long roundTrips, long rollbacks,
                         long abortedWrites, long bytesWritten, Map<String, SqlTally> bySql) {
    /** The histogram's name for {@code commit()} calls. */
    public static final String COMMIT = "-- commit()";
    /** The histogram's name for {@code rollback()} calls. */
    public static final String ROLLBACK = "-- rollback()";
    /** Nothing counted. */
    public static final JdbcCounts NONE = new JdbcCounts(0, 0, 0, 0, 0, 0, 0, Map.of());

    public JdbcCounts {
        bySql = Map.copyOf(bySql);
    }

    /** These counts and the other together. */
    public JdbcCounts plus(JdbcCounts other) {
        Map<String, SqlTally> sum = new HashMap<>(bySql);
        other.bySql.forEach((sql, tally) -> sum.merge(sql, tally, SqlTally::plus));
        return new JdbcCounts(commits + other.commits, writingCommits + other.writingCommits,
            statements + other.statements, roundTrips + other.roundTrips, rollbacks + other.rollbacks,
            abortedWrites + other.abortedWrites, bytesWritten + other.bytesWritten, sum);
    }

    /** What was counted since the earlier snapshot. */
    public JdbcCounts minus(JdbcCounts earlier) {
        Map<String, SqlTally> difference = new HashMap<>(bySql);
        earlier.bySql.forEach((sql, tally) -> difference.merge(sql, SqlTally.NONE.minus(tally), SqlTally::plus));
        difference.values().removeIf(tally -> tally.statements() == 0 && tally.roundTrips() == 0);
        return new JdbcCounts(commits - earlier.commits, writingCommits - earlier.writingCommits,
            statements - earlier.statements, roundTrips - earlier.roundTrips, rollbacks - earlier.rollbacks,
            abortedWrites - earlier.abortedWrites, bytesWritten - earlier.bytesWritten, difference);
    }
}
