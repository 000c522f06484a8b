package dev.directsupply.persistence;

/**
 * The connection failed while the commit was under way: the batch may have been stored entirely or
 * not at all (never in part), and the store cannot tell which. Before repeating a write that is not
 * idempotent, read the documents back: a document whose {@link Document#auditHash()} or version is
 * the one this batch wrote was committed.
 */
public final class CommitOutcomeUnknown extends StoreException {
    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknown(String message, Throwable cause) {
        super(message, cause);
    }
}
