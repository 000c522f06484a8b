package dev.directsupply.kernel.store;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import java.util.List;
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
        return repository.verify(id, require(checkpoint));
    }

    /** Every aggregate's trail, with the first broken version of each broken one. */
    public CollectionVerification verifyAll() {
        return repository.verifyAll();
    }

    /** Every aggregate's trail against the checkpoint, the aggregates gone since included. */
    public CollectionVerification verifyAll(Checkpoint checkpoint) {
        return repository.verifyAll(require(checkpoint));
    }

    /** The head of every trail now, sealed with the host's audit key: export it and keep it elsewhere. */
    public Checkpoint checkpoint() {
        return repository.checkpoint();
    }

    /** The checkpoint; a missing one is an invalid command naming it, not a null-pointer failure. */
    private static Checkpoint require(Checkpoint checkpoint) {
        if (checkpoint == null) {
            throw new InvalidCommand("Checkpoint", List.of(Violation.constraint("checkpoint", "NotNull", "DS-7.2.1")));
        }
        return checkpoint;
    }
}
