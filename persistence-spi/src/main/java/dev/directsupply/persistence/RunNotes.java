package dev.directsupply.persistence;

/**
 * What a relay hands back with a run it handled ({@link DocumentStore#relayWithNotes}): a batch — the
 * relay's note of what its subscribers took, say, and what they wrote — that the store writes in the
 * same transaction that marks the run dispatched, where it can: both are stored, or neither.
 */
public interface RunNotes {
    /** What to store with the run's mark. */
    WriteBatch batch();

    /** The batch and the mark are stored. */
    void stored();

    /**
     * The batch lost a race and nothing of it is stored; the store marks the run dispatched once this
     * returns, so whatever the batch was to record must be recorded here, on the store, first.
     */
    void notStored(StoreConflict conflict);
}
