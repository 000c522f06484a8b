package dev.directsupply.kernel.store;

import dev.directsupply.kernel.Actor;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Saves changes to several aggregates in one atomic batch: an invoice and the credit account whose
 * exposure it moves, say. Each change is prepared exactly as {@link AggregateRepository} saves one
 * (version check, events, sealed audit entry); {@link #commit()} writes them all or, if any of them
 * lost a race, none, raising {@code ConcurrencyConflict}. One use only; not thread-safe.
 */
public final class UnitOfWork {
    private final DocumentStore store;
    private final List<AggregateRepository.Prepared<?>> prepared = new ArrayList<>(2);
    private boolean committed;

    public UnitOfWork(DocumentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The store it writes to. */
    public DocumentStore store() {
        return store;
    }

    /** Adds a new aggregate; returns it as it will be once committed. */
    public <A> Versioned<A> create(AggregateRepository<A> repository, Changed<A> change, Actor actor, String action) {
        AggregateRepository.Prepared<A> next = repository.prepareCreate(change, actor, action);
        prepared.add(next);
        return next.result();
    }

    /** Adds the next version of an aggregate read at {@code current}; a no-op when nothing changed. */
    public <A> Versioned<A> save(AggregateRepository<A> repository, Versioned<A> current, Changed<A> change,
                                 Actor actor, String action) {
        if (change.isNothing()) {
            return current;
        }
        AggregateRepository.Prepared<A> next = repository.prepareSave(current, change, actor, action);
        prepared.add(next);
        return next.result();
    }

    /** Writes everything added, atomically. */
    public void commit() {
        commit(List.of());
    }

    /**
     * Writes everything added, atomically, with other documents that stand or fall with them (a claim
     * on a unique value, say); with no aggregate changed, nothing is written.
     */
    public void commit(List<DocumentWrite> alongside) {
        commit(alongside, List.of());
    }

    /** The documents this unit creates, as {@code collection/id}, with those created alongside. */
    public Set<String> creates(List<DocumentWrite> alongside) {
        Set<String> created = new HashSet<>();
        for (AggregateRepository.Prepared<?> share : prepared) {
            if (share.document().expectedVersion() == 0) {
                created.add(share.document().collection() + '/' + share.document().id());
            }
        }
        for (DocumentWrite write : alongside) {
            if (write.expectedVersion() == 0) {
                created.add(write.collection() + '/' + write.id());
            }
        }
        return created;
    }

    /** Whether nothing was added: committing would write nothing. */
    public boolean isEmpty() {
        return prepared.isEmpty();
    }

    /**
     * As {@link #commit(List)}, standing on documents decided on without being written: the write is
     * stored only if each is still at its version (those the write itself changes are checked by their
     * own expected versions).
     */
    public void commit(List<DocumentWrite> alongside, List<Unchanged> standsOn) {
        if (committed) {
            throw new IllegalStateException("a unit of work commits once");
        }
        committed = true;
        if (prepared.isEmpty()) {
            return;
        }
        WriteBatch.Builder batch = WriteBatch.builder();
        prepared.forEach(share -> share.addTo(batch));
        alongside.forEach(batch::write);
        for (Unchanged document : standsOn) {
            if (!writes(document, alongside)) {
                batch.unchanged(document);
            }
        }
        AggregateRepository.Prepared<?> first = prepared.get(0);
        AggregateRepository.commit(store, batch.build(), first.document().collection(), first.document().id(),
            first.document().expectedVersion());
        prepared.forEach(AggregateRepository.Prepared::committed);
    }

    private boolean writes(Unchanged document, List<DocumentWrite> alongside) {
        for (AggregateRepository.Prepared<?> share : prepared) {
            if (same(share.document(), document)) {
                return true;
            }
        }
        for (DocumentWrite write : alongside) {
            if (same(write, document)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(DocumentWrite write, Unchanged document) {
        return write.id().equals(document.id()) && write.collection().equals(document.collection());
    }
}
