package dev.directsupply.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;

/**
 * The embedded default store: everything in memory, nothing survives the process.
 *
 * <p>Thread-safe. Writes are serialised by one lock, which makes each batch atomic and keeps the
 * outbox in commit order; a single-document {@link #read} takes no lock at all, and reads that span
 * documents ({@link #scan}, {@link #findBy}, the outbox and audit reads) take a shared lock so they
 * never see half a batch. Dispatched events are dropped, so the outbox holds only what is pending.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final ConcurrentHashMap<String, Shelf> shelves = new ConcurrentHashMap<>();
    private final StampedLock lock = new StampedLock();
    private final ReentrantLock relayLock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final TreeMap<Long, PendingEvent> pending = new TreeMap<>();
    /** Guarded by {@link #lock}. */
    private final HashMap<String, List<AuditEntry>> audit = new HashMap<>();
    /** Guarded by {@link #lock}. */
    private long lastSequence;
    /** Guarded by {@link #lock}. */
    private long dispatched;

    /** The documents of one collection and their attribute index. */
    private static final class Shelf {
        final ConcurrentSkipListMap<String, Document> documents = new ConcurrentSkipListMap<>();
        /** attribute → value → ids; guarded by the store's lock. */
        final HashMap<String, HashMap<String, TreeSet<String>>> index = new HashMap<>();

        void unindex(Document old) {
            old.attributes().forEach((name, value) -> {
                Map<String, TreeSet<String>> byValue = index.get(name);
                TreeSet<String> ids = byValue.get(value);
                ids.remove(old.id());
                if (ids.isEmpty()) {
                    byValue.remove(value);
                }
            });
        }

        void index(Document document) {
            document.attributes().forEach((name, value) -> index
                .computeIfAbsent(name, n -> new HashMap<>())
                .computeIfAbsent(value, v -> new TreeSet<>())
                .add(document.id()));
        }
    }

    @Override
    public Optional<Document> read(String collection, String id) {
        Shelf shelf = shelves.get(Names.collection(collection));
        return shelf == null ? Optional.empty() : Optional.ofNullable(shelf.documents.get(Names.id(id)));
    }

    @Override
    public List<Document> findBy(String collection, String attribute, String value) {
        Names.collection(collection);
        Names.attributeValue(Names.attribute(attribute), value);
        long stamp = lock.readLock();
        try {
            Shelf shelf = shelves.get(collection);
            Map<String, TreeSet<String>> byValue = shelf == null ? null : shelf.index.get(attribute);
            TreeSet<String> ids = byValue == null ? null : byValue.get(value);
            if (ids == null) {
                return List.of();
            }
            List<Document> found = new ArrayList<>(ids.size());
            for (String id : ids) {
                found.add(shelf.documents.get(id));
            }
            return found;
        } finally {
            lock.unlockRead(stamp);
        }
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
            NavigableMap<String, Document> rest = afterId == null
                ? shelf.documents : shelf.documents.tailMap(afterId, false);
            List<Document> page = new ArrayList<>(Math.min(limit, 256));
            for (Document document : rest.values()) {
                if (page.size() == limit) {
                    return new ScanPage(page, Optional.of(page.get(page.size() - 1).id()));
                }
                page.add(document);
            }
            return new ScanPage(page, Optional.empty());
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void write(WriteBatch batch) {
        long stamp = lock.writeLock();
        try {
            // Check every expected version before changing anything: a stale one writes nothing.
            Shelf[] targets = new Shelf[batch.documents().size()];
            for (int i = 0; i < targets.length; i++) {
                DocumentWrite write = batch.documents().get(i);
                Shelf shelf = shelves.computeIfAbsent(write.collection(), c -> new Shelf());
                Document current = shelf.documents.get(write.id());
                long actual = current == null ? 0 : current.version();
                if (actual != write.expectedVersion()) {
                    throw new VersionConflict(write.collection(), write.id(), write.expectedVersion(), actual);
                }
                targets[i] = shelf;
            }
            for (int i = 0; i < targets.length; i++) {
                Document next = batch.documents().get(i).toDocument();
                Document old = targets[i].documents.put(next.id(), next);
                if (old != null) {
                    targets[i].unindex(old);
                }
                targets[i].index(next);
            }
            for (OutboxEvent event : batch.events()) {
                lastSequence++;
                pending.put(lastSequence, new PendingEvent(lastSequence, event));
            }
            for (AuditEntry entry : batch.auditEntries()) {
                audit.computeIfAbsent(entry.collection() + '/' + entry.documentId(), k -> new ArrayList<>())
                    .add(entry);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public List<AuditEntry> auditTrail(String collection, String id) {
        String key = Names.collection(collection) + '/' + Names.id(id);
        long stamp = lock.readLock();
        try {
            List<AuditEntry> trail = audit.get(key);
            return trail == null ? List.of() : List.copyOf(trail);
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

    /** Serialises relays, so two relays in one process never hand out the same event. */
    @Override
    public int relay(int limit, OutboxHandler handler) {
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
