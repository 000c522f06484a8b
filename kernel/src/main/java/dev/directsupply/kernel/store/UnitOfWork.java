package dev.directsupply.kernel.store;

import dev.directsupply.kernel.Actor;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.Unchanged;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private List<DocumentWrite> alongside = List.of();
    private List<Unchanged> standsOn = List.of();
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
     * own expected versions). Inside a {@link JoinedWrites} on the same store, the write is held there
     * and stored with the rest of the attempt.
     */
    public void commit(List<DocumentWrite> alongside, List<Unchanged> standsOn) {
        if (committed) {
            throw new IllegalStateException("a unit of work commits once");
        }
        committed = true;
        if (prepared.isEmpty()) {
            return;
        }
        this.alongside = List.copyOf(alongside);
        this.standsOn = List.copyOf(standsOn);
        JoinedWrites joined = JoinedWrites.current(store);
        if (joined != null) {
            joined.hold(this);
            return;
        }
        write(store, List.of(this));
    }

    /**
     * Stores the units' writes as one batch, in order, and then keeps their aggregates as stored. A
     * document a unit stands on is left to the expected version of a unit that writes it, when that
     * write starts from it or ends at it (a unit that decided on what another held).
     */
    static void write(DocumentStore store, List<UnitOfWork> units) {
        write(store, units, List.of());
    }

    /** As {@link #write(DocumentStore, List)}, with other documents that stand or fall with the units'. */
    static void write(DocumentStore store, List<UnitOfWork> units, List<DocumentWrite> alongside) {
        WriteBatch batch = batch(units, alongside);
        AggregateRepository.Prepared<?> first = units.get(0).prepared.get(0);
        AggregateRepository.commit(store, batch, first.document().collection(), first.document().id(),
            first.document().expectedVersion());
        stored(units);
    }

    /** The units' writes as one batch, in order, with the other documents given. */
    static WriteBatch batch(List<UnitOfWork> units, List<DocumentWrite> alongside) {
        WriteBatch.Builder batch = WriteBatch.builder();
        for (UnitOfWork unit : units) {
            unit.prepared.forEach(share -> share.addTo(batch));
            unit.alongside.forEach(batch::write);
        }
        alongside.forEach(batch::write);
        for (UnitOfWork unit : units) {
            for (Unchanged document : unit.standsOn) {
                if (!unit.writes(document) && !writtenFrom(units, document)) {
                    batch.unchanged(document);
                }
            }
        }
        return batch.build();
    }

    /** Once the units' batch is stored: their aggregates are kept as stored. */
    static void stored(List<UnitOfWork> units) {
        for (UnitOfWork unit : units) {
            unit.prepared.forEach(AggregateRepository.Prepared::committed);
        }
    }

    private static boolean writtenFrom(List<UnitOfWork> units, Unchanged document) {
        for (UnitOfWork unit : units) {
            for (AggregateRepository.Prepared<?> share : unit.prepared) {
                DocumentWrite write = share.document();
                if (same(write, document) && (write.expectedVersion() == document.version()
                    || write.expectedVersion() + 1 == document.version())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The documents this unit writes, as {@code collection/id}, each with the version its write starts from. */
    Map<String, Long> expectedVersions() {
        Map<String, Long> documents = new LinkedHashMap<>();
        prepared.forEach(share -> documents.put(share.document().collection() + '/' + share.document().id(),
            share.document().expectedVersion()));
        alongside.forEach(write -> documents.put(write.collection() + '/' + write.id(), write.expectedVersion()));
        return documents;
    }

    /** The aggregates this unit writes, by {@code collection/id}, as they will be stored. */
    Map<String, Versioned<?>> results() {
        Map<String, Versioned<?>> results = new LinkedHashMap<>();
        prepared.forEach(share -> results.put(share.document().collection() + '/' + share.document().id(),
            share.result()));
        return results;
    }

    private boolean writes(Unchanged document) {
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
