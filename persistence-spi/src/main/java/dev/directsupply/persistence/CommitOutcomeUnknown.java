package dev.directsupply.persistence;

/**
 * The connection failed while the commit was under way: the batch may have been stored entirely or
 * not at all (never in part), and the store cannot tell which. Before repeating a write that is not
 * idempotent, look for the batch's audit entry in {@link DocumentStore#auditTrail} at the version it
 * wrote: with the batch's {@link AuditEntry#hash()}, it was committed; another entry there means
 * another writer's version was, and this batch was not; no entry there yet means the commit may still
 * be landing. The version alone proves nothing (another writer may have stored that version since),
 * nor does the document's current audit hash (a later write may have moved it on).
 */
public final class CommitOutcomeUnknown extends StoreException {
    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknown(String message, Throwable cause) {
        super(message, cause);
    }
}
