package dev.directsupply.kernel.store;

import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes held back to be stored as one: those of one command's attempt and of the commands it calls
 * on its way to a decision — an order's review reserving credit, say (ADR 0031) — or those of the
 * modules' reactions to one run of events, with the relay's note of them (ADR 0032). The
 * {@code Pipeline} opens one for each attempt of a command given outside any other; the relay opens
 * one for a run. A command given while one is under way on its thread has its write held here
 * instead of committed.
 *
 * <p>While it is under way what is held reads as written: {@link AggregateRepository#find} finds a
 * held aggregate as it will be stored, and a query of a collection, or a read of a document, that
 * something held touches first stores what is held (as each command stored its own write before). A
 * document may be written again from the version a held write gives it (a batch applies such writes
 * in order); a write of it from any other version stores what is held first, and its own version
 * check decides.
 *
 * <p>When what is held cannot be stored early because another writer came first, what depended on it
 * is lost ({@link Lost}): the commands that decided on it returned already, so whoever opened this
 * tries them again — the outermost attempt from its start, the relay the reactions concerned.
 *
 * <p>Work under way may carry a tag (the relay's: one delivery of an event to a subscriber): each
 * tag that held a write, or read one held, since what is held was last stored is {@linkplain
 * #touched() noted}, so that a lost write names whom it concerned. Used by one thread at a time; a
 * thread left running after its tag was {@linkplain #close closed} (a call the relay gave up on) may
 * neither hold nor read anything more here.
 */
public final class JoinedWrites {
    private static final ThreadLocal<JoinedWrites> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Object> TAG = new ThreadLocal<>();

    private final DocumentStore store;
    private final List<UnitOfWork> held = new ArrayList<>(2);
    /** The aggregates held, by collection and id, as they will be stored. */
    private final Map<String, Versioned<?>> written = new HashMap<>();
    /** Every document held, by collection and id, with the version the held writes leave it at. */
    private final Map<String, Long> versions = new HashMap<>();
    private final Set<String> collections = new HashSet<>();
    private final Set<Object> touched = new LinkedHashSet<>();
    private final Set<Object> closed = new HashSet<>();

    private JoinedWrites(DocumentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A joined write on the store. */
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
        return during(TAG.get(), body);
    }

    /** Runs the body with this joined write under way on this thread, for the tag; the caller's after. */
    public <T> T during(Object tag, Supplier<T> body) {
        JoinedWrites outer = CURRENT.get();
        Object outerTag = TAG.get();
        CURRENT.set(this);
        TAG.set(tag);
        try {
            return body.get();
        } finally {
            restore(CURRENT, outer);
            restore(TAG, outerTag);
        }
    }

    /**
     * Holds a unit's write back until {@link #commit}; stores what is held first if the unit writes a
     * held document from another version than the held writes leave it at.
     */
    synchronized void hold(UnitOfWork unit) {
        Object tag = open(TAG.get());
        Map<String, Long> starts = unit.expectedVersions();
        for (Map.Entry<String, Long> from : starts.entrySet()) {
            Long heldAt = versions.get(from.getKey());
            if (heldAt != null && heldAt.longValue() != from.getValue()) {
                storeEarly();
                break;
            }
        }
        held.add(unit);
        unit.results().forEach(written::put);
        starts.forEach((document, expected) -> {
            versions.put(document, expected + 1);
            collections.add(document.substring(0, document.indexOf('/')));
        });
        if (tag != null) {
            touched.add(tag);
        }
    }

    /**
     * The aggregate as a held write will store it, or null when nothing held writes it: what is held reads
     * as written, to a repository and to a look-up such as a customer's assignment for a scope check.
     */
    public synchronized Versioned<?> held(String collection, String id) {
        Versioned<?> found = written.get(collection + '/' + id);
        Object tag = open(TAG.get());
        if (found != null && tag != null) {
            touched.add(tag);
        }
        return found;
    }

    /** Before a read of the document outside the held aggregates: stores what is held if it writes it. */
    public static void beforeRead(DocumentStore store, String collection, String id) {
        JoinedWrites current = current(store);
        if (current != null) {
            current.storeEarlyIf(collection, id);
        }
    }

    /** Before a query of the collection: stores what is held if it writes any document of it. */
    public static void beforeQuery(DocumentStore store, String collection) {
        JoinedWrites current = current(store);
        if (current != null) {
            current.storeEarlyIf(collection, null);
        }
    }

    /** Whether anything is held. */
    public synchronized boolean isEmpty() {
        return held.isEmpty();
    }

    /**
     * The tags that held a write, or read one held, since what is held was last stored, in the order
     * they first did: those a lost write concerned.
     */
    public synchronized List<Object> touched() {
        return List.copyOf(touched);
    }

    /** No work under these tags may hold or read anything here any more. */
    public synchronized void close(Iterable<?> tags) {
        tags.forEach(closed::add);
    }

    /** Stores everything held in one write; a lost race is a {@link ConcurrencyConflict}, and nothing is stored. */
    public void commit() {
        commit(List.of());
    }

    /**
     * Stores everything held, and the documents given, in one write; a lost race is a
     * {@link ConcurrencyConflict}, and nothing is stored. With nothing held, nothing is written.
     */
    public synchronized void commit(List<DocumentWrite> alongside) {
        if (held.isEmpty()) {
            return;
        }
        List<UnitOfWork> units = List.copyOf(held);
        discard();
        UnitOfWork.write(store, units, alongside);
    }

    /**
     * Everything held, and the documents given, as one batch for someone else to store (the relay, with
     * the mark of its run); once it is stored, {@link Prepared#stored()} keeps the aggregates as stored.
     * Nothing is held after.
     */
    public synchronized Prepared prepare(List<DocumentWrite> alongside) {
        List<UnitOfWork> units = List.copyOf(held);
        discard();
        WriteBatch batch = units.isEmpty() ? WriteBatch.builder().writeAll(alongside).build()
            : UnitOfWork.batch(units, alongside);
        return new Prepared(batch, () -> UnitOfWork.stored(units));
    }

    /** A batch of what was held, and what to do once it is stored. */
    public record Prepared(WriteBatch batch, Runnable onStored) {
        /** The batch is stored. */
        public void stored() {
            onStored.run();
        }
    }

    /** Forgets everything held, stored or not, and whom it touched. */
    public synchronized void discard() {
        held.clear();
        written.clear();
        versions.clear();
        collections.clear();
        touched.clear();
    }

    /** Stores what is held first if it writes the document, or (with no id) any document of the collection. */
    private synchronized void storeEarlyIf(String collection, String id) {
        open(TAG.get());
        if (id == null ? collections.contains(collection) : versions.containsKey(collection + '/' + id)) {
            storeEarly();
        }
    }

    private void storeEarly() {
        List<Object> concerned = List.copyOf(touched);
        try {
            commit();
        } catch (ConcurrencyConflict lostRace) {
            throw new Lost(lostRace, concerned);
        }
    }

    private Object open(Object tag) {
        if (tag != null && closed.contains(tag)) {
            throw new IllegalStateException("this call was given up on; it may not write with the others any more");
        }
        return tag;
    }

    private static <T> void restore(ThreadLocal<T> local, T outer) {
        if (outer == null) {
            local.remove();
        } else {
            local.set(outer);
        }
    }

    /**
     * What was held could not be stored when a later step needed it stored: the commands that decided
     * on it returned already, so whoever opened the joined write tries them again.
     */
    public static final class Lost extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ConcurrencyConflict conflict;
        private final transient List<Object> concerned;

        Lost(ConcurrencyConflict conflict, List<Object> concerned) {
            super("a write held to be stored with others lost a race when it was stored early", conflict, false,
                false);
            this.conflict = conflict;
            this.concerned = List.copyOf(concerned);
        }

        /** The lost race. */
        public ConcurrencyConflict conflict() {
            return conflict;
        }

        /** The tags whose writes were lost, or that read them, in the order they first did. */
        public List<Object> concerned() {
            return concerned;
        }
    }
}
