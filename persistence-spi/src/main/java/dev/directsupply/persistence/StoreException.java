package dev.directsupply.persistence;

/**
 * A storage failure. Adapters throw this type (or a subtype) for every failure of the store, so
 * the SDK can tell storage trouble from its own errors.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether repeating the same operation may succeed (a conflict, a serialization failure). */
    public boolean isRetryable() {
        return false;
    }
}
