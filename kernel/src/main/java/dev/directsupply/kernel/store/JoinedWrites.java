package dev.directsupply.kernel.store;

import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.persistence.DocumentStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The writes of one command's attempt and of the commands it calls on its way to a decision — an
 * order's review reserving credit, say — held back and stored as one atomic write when the attempt
 * commits (ADR 0031). The {@code Pipeline} opens one for each attempt of a command given outside any
 * other, on the attempt's thread; a command called inside it has its write held here instead of
 * committed. Inside the attempt what is held reads as written: {@link AggregateRepository#find} finds
 * a held aggregate as it will be stored, and a query of a collection, or a read of a document, that
 * something held touches first stores what is held (as each nested command stored its own write
 * before). A write that touches a document something held writes, stores what is held first too, since
 * one write holds each document once.
 *
 * <p>When what is held cannot be stored early because another writer came first, the whole attempt
 * is lost ({@link Lost}): the commands that decided on it returned already, so the outermost attempt is
 * tried again from the start. One attempt, one thread; not thread-safe.
 */
public final class JoinedWrites {
    private static final ThreadLocal<JoinedWrites> CURRENT = new ThreadLocal<>();

    private final DocumentStore store;
    private final List<UnitOfWork> held = new ArrayList<>(2);
    /** The aggregates held, by collection and id, as they will be stored. */
    private final Map<String, Versioned<?>> written = new HashMap<>();
    private final Set<String> collections = new HashSet<>();

    private JoinedWrites(DocumentStore store) {
        this.store = store;
    }

    /** A joined write for an attempt on the store. */
    public static JoinedWrites open(DocumentStore store) {
        return new JoinedWrites(store);
    }

    /** The joined write under way on this thread for the store, or null. */
    public static JoinedWrites current(DocumentStore store) {
        JoinedWrites current = CURRENT.get();
        return current != null && current.store == store ? current : null;
    }

    /** Runs the body with this joined write under way on this thread, and the caller's after. */
    public <T> T during(Supplier<T> body) {
        JoinedWrites outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Holds a unit's write back until {@link #commit()}, storing what is held first if it writes the same documents. */
    void hold(UnitOfWork unit) {
        for (String document : unit.documents()) {
            if (written.containsKey(document)) {
                storeEarly();
                break;
            }
        }
        held.add(unit);
        unit.results().forEach(written::put);
        unit.documents().forEach(document -> collections.add(document.substring(0, document.indexOf('/'))));
    }

    /** The aggregate as a held write will store it, or null when nothing held writes it. */
    Versioned<?> held(String collection, String id) {
        return written.get(collection + '/' + id);
    }

    /** Before a read of the document outside the held aggregates: stores what is held if it writes it. */
    public static void beforeRead(DocumentStore store, String collection, String id) {
        JoinedWrites current = current(store);
        if (current != null && current.written.containsKey(collection + '/' + id)) {
            current.storeEarly();
        }
    }

    /** Before a query of the collection: stores what is held if it writes any document of it. */
    public static void beforeQuery(DocumentStore store, String collection) {
        JoinedWrites current = current(store);
        if (current != null && current.collections.contains(collection)) {
            current.storeEarly();
        }
    }

    /** Whether anything is held. */
    public boolean isEmpty() {
        return held.isEmpty();
    }

    /** Stores everything held in one write; a lost race is a {@link ConcurrencyConflict}, and nothing is stored. */
    public void commit() {
        if (held.isEmpty()) {
            return;
        }
        List<UnitOfWork> units = List.copyOf(held);
        discard();
        UnitOfWork.write(store, units);
    }

    /** Forgets everything held, stored or not. */
    public void discard() {
        held.clear();
        written.clear();
        collections.clear();
    }

    private void storeEarly() {
        try {
            commit();
        } catch (ConcurrencyConflict lostRace) {
            throw new Lost(lostRace);
        }
    }

    /**
     * What was held could not be stored when a later step needed it stored: the commands that decided
     * on it returned already, so the outermost attempt is tried again from the start.
     */
    public static final class Lost extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ConcurrencyConflict conflict;

        Lost(ConcurrencyConflict conflict) {
            super("a write held for the attempt lost a race when it was stored early", conflict, false, false);
            this.conflict = conflict;
        }

        /** The lost race, to try the outermost attempt again on. */
        public ConcurrencyConflict conflict() {
            return conflict;
        }
    }
}
