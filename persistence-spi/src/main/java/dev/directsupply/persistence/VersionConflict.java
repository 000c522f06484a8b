package dev.directsupply.persistence;

/**
 * A write named a version that is no longer current: someone else wrote the document first (or,
 * with expected version 0, the document already exists). Nothing of the batch was written.
 */
public final class VersionConflict extends StoreConflict {
    private static final long serialVersionUID = 1L;

    private final String collection;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    public VersionConflict(String collection, String id, long expectedVersion, long actualVersion) {
        super("version conflict on " + collection + "/" + id + ": expected version " + expectedVersion
            + " but the store holds " + (actualVersion == 0 ? "no document" : "version " + actualVersion), null);
        this.collection = collection;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String collection() {
        return collection;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store holds, 0 when the document does not exist. */
    public long actualVersion() {
        return actualVersion;
    }
}
