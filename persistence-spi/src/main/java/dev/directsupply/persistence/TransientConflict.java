package dev.directsupply.persistence;

/**
 * The database rolled the batch back because of concurrent transactions — a serialization failure
 * or a deadlock (PostgreSQL SQLSTATE 40001, 40P01; a lock timeout on H2). Nothing was written;
 * the same batch may succeed when repeated after reading again.
 */
public final class TransientConflict extends StoreConflict {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public TransientConflict(String message, String sqlState, Throwable cause) {
        super(message + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")"), cause);
        this.sqlState = sqlState;
    }

    /** The database's code for the failure, when it gave one. */
    public String sqlState() {
        return sqlState;
    }
}
