package dev.directsupply.persistence;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;

/**
 * The embedded default store: everything in memory, nothing survives the process.
 *
 * <p>Thread-safe. Writes are serialised by one lock, which makes each batch atomic and keeps the
 * outbox in commit order; a single-document {@link #read} takes no lock at all, and reads that span
 * documents ({@link #scan}, {@link #findBy}, the outbox and audit reads) take a shared lock so they
 * never see half a batch. Documents sit in a hash map; the ids are kept in order beside it for scans,
 * and the attribute index moves only the values a write changed. Dispatched events are dropped, so
 * the outbox holds only what is pending.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final ConcurrentHashMap<String, Shelf> shelves = new ConcurrentHashMap<>();
    private final StampedLock lock = new StampedLock();
    private final ReentrantLock relayLock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final TreeMap<Long, PendingEvent> pending = new TreeMap<>();
    /** Guarded by {@link #lock}. */
    private long lastSequence;
    /** Guarded by {@link #lock}. */
    private long dispatched;

    /**
     * The documents of one collection, their ids in order, their attribute index and their audit
     * trails. Each document sits in a {@link Slot} that a write updates in place, so a write looks its
     * document up once.
     */
    private static final class Shelf {
        final ConcurrentHashMap<String, Slot> documents = new ConcurrentHashMap<>();
        /** The ids in order, for scans; changes only when a document is created. */
        final ConcurrentSkipListSet<String> ids = new ConcurrentSkipListSet<>();
        /** attribute → value → ids (unordered; look-ups sort); guarded by the store's lock. */
        final HashMap<String, HashMap<String, HashSet<String>>> index = new HashMap<>();
        /** id → audit entries in version order; guarded by the store's lock. */
        final HashMap<String, List<AuditEntry>> audit = new HashMap<>();

        Document get(String id) {
            Slot slot = documents.get(id);
            return slot == null ? null : slot.get();
        }

        /** Stores a new document. */
        void create(Document document) {
            documents.put(document.id(), new Slot(document));
            ids.add(document.id());
            document.attributes().forEach((name, value) -> index(name, value, document.id()));
        }

        /** Stores the new version in the document's slot and moves the index entries whose value changed. */
        void replace(Slot slot, Document next) {
            Document old = slot.get();
            slot.set(next);
            Map<String, String> before = old.attributes();
            Map<String, String> after = next.attributes();
            if (before.equals(after)) {
                return;
            }
            before.forEach((name, value) -> {
                if (!value.equals(after.get(name))) {
                    unindex(name, value, old.id());
                }
            });
            after.forEach((name, value) -> {
                if (!value.equals(before.get(name))) {
                    index(name, value, next.id());
                }
            });
        }

        private void index(String name, String value, String id) {
            index.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(value, v -> new HashSet<>()).add(id);
        }

        private void unindex(String name, String value, String id) {
            Map<String, HashSet<String>> byValue = index.get(name);
            HashSet<String> found = byValue.get(value);
            found.remove(id);
            if (found.isEmpty()) {
                byValue.remove(value);
            }
        }
    }

    /**
     * Where one document's current version sits. Written under the store's write lock, with release
     * semantics (enough to publish the new version to readers, cheaper than a volatile write's full
     * fence); read without a lock, with a volatile read.
     */
    private static final class Slot {
        private static final VarHandle DOCUMENT;

        static {
            try {
                DOCUMENT = MethodHandles.lookup().findVarHandle(Slot.class, "document", Document.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private volatile Document document;

        Slot(Document document) {
            DOCUMENT.setRelease(this, document);
        }

        Document get() {
            return document;
        }

        void set(Document next) {
            DOCUMENT.setRelease(this, next);
        }
    }

    @Override
    public Optional<Document> read(String collection, String id) {
        // A name the store already holds was checked when it was written: check only on a miss.
        Shelf shelf = collection == null ? null : shelves.get(collection);
        if (shelf == null) {
            Names.collection(collection);
            Names.id(id);
            return Optional.empty();
        }
        Document found = id == null ? null : shelf.get(id);
        if (found == null) {
            Names.id(id);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<Document> findBy(String collection, String attribute, String value) {
        Names.collection(collection);
        Names.attributeValue(Names.attribute(attribute), value);
        long stamp = lock.readLock();
        try {
            return found(collection, attribute, value);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Every look-up from one snapshot: the lock is taken once for all of them. */
    @Override
    public List<List<Document>> findEach(List<Lookup> lookups) {
        for (Lookup lookup : lookups) {
            Names.collection(lookup.collection());
            Names.attributeValue(Names.attribute(lookup.attribute()), lookup.value());
        }
        long stamp = lock.readLock();
        try {
            List<List<Document>> found = new ArrayList<>(lookups.size());
            for (Lookup lookup : lookups) {
                found.add(found(lookup.collection(), lookup.attribute(), lookup.value()));
            }
            return found;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** What a look-up finds; the caller holds the read lock. */
    private List<Document> found(String collection, String attribute, String value) {
        Shelf shelf = shelves.get(collection);
        Map<String, HashSet<String>> byValue = shelf == null ? null : shelf.index.get(attribute);
        HashSet<String> matching = byValue == null ? null : byValue.get(value);
        if (matching == null) {
            return List.of();
        }
        String[] ids = matching.toArray(new String[0]);
        Arrays.sort(ids);
        List<Document> found = new ArrayList<>(ids.length);
        for (String id : ids) {
            found.add(shelf.get(id));
        }
        return found;
    }

    @Override
    public ScanPage scan(String collection, String afterId, int limit) {
        Names.collection(collection);
        if (limit < 1) {
            throw new IllegalArgumentException("scan limit must be 1 or more but was " + limit);
        }
        long stamp = lock.readLock();
        try {
            Shelf shelf = shelves.get(collection);
            if (shelf == null) {
                return new ScanPage(List.of(), Optional.empty());
            }
            NavigableSet<String> rest = afterId == null ? shelf.ids : shelf.ids.tailSet(afterId, false);
            List<Document> page = new ArrayList<>(Math.min(limit, 256));
            for (String id : rest) {
                if (page.size() == limit) {
                    return new ScanPage(page, Optional.of(page.get(page.size() - 1).id()));
                }
                page.add(shelf.get(id));
            }
            return new ScanPage(page, Optional.empty());
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void write(WriteBatch batch) {
        List<WriteBatch.Change> changes = batch.changes();
        long stamp = lock.writeLock();
        try {
            checkUnchanged(batch.unchanged());
            if (changes.size() == 1) {
                writeOne(changes.get(0));
            } else {
                writeAll(changes);
            }
            List<OutboxEvent> events = batch.events();
            for (int i = 0; i < events.size(); i++) {
                lastSequence++;
                pending.put(lastSequence, new PendingEvent(lastSequence, events.get(i)));
            }
            List<AuditEntry> entries = batch.auditEntries();
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry entry = entries.get(i);
                shelf(entry.collection()).audit.computeIfAbsent(entry.documentId(), k -> new ArrayList<>())
                    .add(entry);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Every document the batch stands on is still at its version. Called under the write lock. */
    private void checkUnchanged(List<Unchanged> unchanged) {
        for (int i = 0; i < unchanged.size(); i++) {
            Unchanged document = unchanged.get(i);
            Shelf shelf = shelves.get(document.collection());
            Slot slot = shelf == null ? null : shelf.documents.get(document.id());
            long actual = slot == null ? 0 : slot.get().version();
            if (actual != document.version()) {
                throw new VersionConflict(document.collection(), document.id(), document.version(), actual);
            }
        }
    }

    /** The usual batch: one document, looked up once. Called under the write lock. */
    private void writeOne(WriteBatch.Change change) {
        DocumentWrite write = change.last();
        Shelf shelf = shelves.get(write.collection());
        Slot slot = shelf == null ? null : shelf.documents.get(write.id());
        long actual = slot == null ? 0 : slot.get().version();
        if (actual != change.expectedVersion()) {
            throw new VersionConflict(write.collection(), write.id(), change.expectedVersion(), actual);
        }
        if (slot != null) {
            shelf.replace(slot, write.toDocument());
        } else {
            shelf(write.collection()).create(write.toDocument());
        }
    }

    /** Several documents: every expected version is checked before any changes. Called under the write lock. */
    private void writeAll(List<WriteBatch.Change> changes) {
        int count = changes.size();
        Shelf[] targets = new Shelf[count];
        Slot[] slots = new Slot[count];
        for (int i = 0; i < count; i++) {
            WriteBatch.Change change = changes.get(i);
            DocumentWrite write = change.last();
            Shelf shelf = shelves.get(write.collection());
            Slot slot = shelf == null ? null : shelf.documents.get(write.id());
            long actual = slot == null ? 0 : slot.get().version();
            if (actual != change.expectedVersion()) {
                throw new VersionConflict(write.collection(), write.id(), change.expectedVersion(), actual);
            }
            targets[i] = shelf;
            slots[i] = slot;
        }
        for (int i = 0; i < count; i++) {
            DocumentWrite write = changes.get(i).last();
            if (slots[i] != null) {
                targets[i].replace(slots[i], write.toDocument());
            } else {
                shelf(write.collection()).create(write.toDocument());
            }
        }
    }

    private Shelf shelf(String collection) {
        Shelf shelf = shelves.get(collection);
        return shelf != null ? shelf : shelves.computeIfAbsent(collection, c -> new Shelf());
    }

    @Override
    public List<AuditEntry> auditTrail(String collection, String id) {
        Names.collection(collection);
        Names.id(id);
        long stamp = lock.readLock();
        try {
            Shelf shelf = shelves.get(collection);
            List<AuditEntry> trail = shelf == null ? null : shelf.audit.get(id);
            return trail == null ? List.of() : List.copyOf(trail);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The entry by its place in the trail (versions are stored from 1, one by one), without copying the trail. */
    @Override
    public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
        Names.collection(collection);
        Names.id(id);
        long stamp = lock.readLock();
        try {
            Shelf shelf = shelves.get(collection);
            List<AuditEntry> trail = shelf == null ? null : shelf.audit.get(id);
            if (trail == null || version < 1) {
                return Optional.empty();
            }
            if (version <= trail.size() && trail.get((int) version - 1).version() == version) {
                return Optional.of(trail.get((int) version - 1));
            }
            return trail.stream().filter(entry -> entry.version() == version).findFirst();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public List<PendingEvent> pendingEvents(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more but was " + limit);
        }
        long stamp = lock.readLock();
        try {
            List<PendingEvent> events = new ArrayList<>(Math.min(limit, pending.size()));
            for (PendingEvent event : pending.values()) {
                if (events.size() == limit) {
                    break;
                }
                events.add(event);
            }
            return events;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void markDispatched(Collection<Long> sequences) {
        long stamp = lock.writeLock();
        try {
            for (Long sequence : sequences) {
                if (pending.remove(sequence) != null) {
                    dispatched++;
                }
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Serialises relays, so two relays in one process never hand out the same event. A handler that
     * relays again from inside itself is refused: it would be handed its own events a second time.
     *
     * @throws IllegalStateException when called from inside a relay's handler on the same thread
     */
    @Override
    public int relay(int limit, OutboxHandler handler) {
        if (relayLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("relay was called from inside a relay's handler; "
                + "the events in hand would be handed out twice");
        }
        relayLock.lock();
        try {
            return DocumentStore.super.relay(limit, handler);
        } finally {
            relayLock.unlock();
        }
    }

    /** How many documents the collection holds. */
    public int size(String collection) {
        Shelf shelf = shelves.get(Names.collection(collection));
        return shelf == null ? 0 : shelf.documents.size();
    }

    /** How many events have been marked dispatched since the store was made. */
    public long dispatchedCount() {
        long stamp = lock.readLock();
        try {
            return dispatched;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
