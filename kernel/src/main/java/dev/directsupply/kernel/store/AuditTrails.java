package dev.directsupply.kernel.store;

import java.util.Objects;

/**
 * The audit trails of one collection, for a caller already authorised to check them (DS-7.2.1):
 * verify one aggregate or all of them, with or without a {@link Checkpoint}, and take a checkpoint
 * for the host to keep outside the database. Reads only; thread-safe.
 */
public final class AuditTrails {
    private final AggregateRepository<?> repository;

    AuditTrails(AggregateRepository<?> repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** The collection. */
    public String collection() {
        return repository.collection();
    }

    /** One aggregate's trail; {@code NotFound} when there is neither document nor trail. */
    public AuditVerification verify(String id) {
        return repository.verify(id);
    }

    /** One aggregate's trail against the checkpoint: a trail cut short, or gone, shows. */
    public AuditVerification verify(String id, Checkpoint checkpoint) {
        return repository.verify(id, checkpoint);
    }

    /** Every aggregate's trail, with the first broken version of each broken one. */
    public CollectionVerification verifyAll() {
        return repository.verifyAll();
    }

    /** Every aggregate's trail against the checkpoint, the aggregates gone since included. */
    public CollectionVerification verifyAll(Checkpoint checkpoint) {
        return repository.verifyAll(Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    /** The head of every trail now, sealed with the host's audit key: export it and keep it elsewhere. */
    public Checkpoint checkpoint() {
        return repository.checkpoint();
    }
}
