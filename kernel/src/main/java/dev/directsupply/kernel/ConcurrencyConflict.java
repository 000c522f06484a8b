package dev.directsupply.kernel;

import java.util.Map;

/**
 * Someone else changed the aggregate between this command's read and its write; nothing of this
 * command was stored. Repeating the command (see {@code Retry}) reads the new state and decides again.
 */
public final class ConcurrencyConflict extends DirectSupplyException {
    private static final long serialVersionUID = 1L;
    /** The actual version when the database aborted the write without saying (a deadlock, say). */
    public static final long UNKNOWN = -1;

    private final String kind;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflict(String kind, String id, long expectedVersion, long actualVersion, Throwable cause) {
        super("concurrency-conflict", "", "kernel.error.concurrency-conflict",
            Map.of("kind", kind, "id", id, "expected", expectedVersion, "actual", actualVersion), cause);
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store holds; 0 when the aggregate does not exist, {@link #UNKNOWN} when not known. */
    public long actualVersion() {
        return actualVersion;
    }
}
