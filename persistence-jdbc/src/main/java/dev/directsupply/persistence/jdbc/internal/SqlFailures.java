package dev.directsupply.persistence.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Reads what kind of failure an {@link SQLException} reports, across drivers. */
public final class SqlFailures {
    private SqlFailures() {
    }

    /**
     * The connection broke: SQLSTATE class 08, the server shutting the session down (57P01–57P03), or
     * the driver's connection exceptions.
     */
    public static boolean isConnectionFailure(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            String state = cause.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database gave up on the transaction because of others: serialization failure (40001),
     * deadlock (40P01), a lock not available in time (55P03), H2's lock timeout (HYT00) or
     * concurrent update (90131).
     */
    public static boolean isTransientConflict(SQLException e) {
        String state = stateOf(e);
        return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state) || "HYT00".equals(state)
            || "90131".equals(state);
    }

    /** A unique or primary key was violated (23505). */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(stateOf(e));
    }

    /** The first SQLSTATE in the chain. */
    public static String stateOf(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (cause.getSQLState() != null) {
                return cause.getSQLState();
            }
        }
        return null;
    }
}
