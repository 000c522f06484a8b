package dev.directsupply.persistence;

/**
 * A write lost a race with another writer and nothing of its batch was stored; repeating it after
 * reading again may succeed. Either a {@link VersionConflict} (someone saved that document first)
 * or a {@link TransientConflict} (the database gave up on the transaction: a serialization failure
 * or a deadlock).
 */
public abstract sealed class StoreConflict extends StoreException permits VersionConflict, TransientConflict {
    private static final long serialVersionUID = 1L;

    protected StoreConflict(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public final boolean isRetryable() {
        return true;
    }
}
