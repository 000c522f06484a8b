package dev.directsupply.examples.benchmarks;

/**
 * How often one SQL text ran: statements executed (each row of a JDBC batch counts one), the round
 * trips they took (a batch is one), and the time the caller waited on them.
 *
 * @param statements statements executed
 * @param roundTrips execute and executeBatch calls, or commit and rollback calls for those pseudo-texts
 * @param nanos      wall time spent inside those calls, in nanoseconds
 */
public record SqlTally(long statements, long roundTrips, long nanos) {
    /** Nothing ran. */
    public static final SqlTally NONE = new SqlTally(0, 0, 0);

    /** This tally and the other together. */
    public SqlTally plus(SqlTally other) {
        return new SqlTally(statements + other.statements, roundTrips + other.roundTrips, nanos + other.nanos);
    }

    /** What ran beyond the earlier tally. */
    public SqlTally minus(SqlTally earlier) {
        return new SqlTally(statements - earlier.statements, roundTrips - earlier.roundTrips, nanos - earlier.nanos);
    }
}
