package dev.directsupply.sdk.tamper;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.OutboxHandler;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.ScanPage;
import dev.directsupply.persistence.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory store behind a layer of edits: what it hands back is what an attacker left in the
 * memory the store keeps (the store itself offers no way to edit behind its back).
 */
final class InMemoryTampering implements Tampering {
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final Map<String, Optional<Document>> rows = new ConcurrentHashMap<>();
    private final Map<String, List<AuditEntry>> trails = new ConcurrentHashMap<>();
    private final Map<UUID, String> payloads = new ConcurrentHashMap<>();
    private final Edited store = new Edited(memory);

    @Override
    public DocumentStore store() {
        return store;
    }

    private static String key(String collection, String id) {
        return collection + "/" + id;
    }

    @Override
    public void putRow(Document row) {
        rows.put(key(row.collection(), row.id()), Optional.of(row));
    }

    @Override
    public void writeRow(String collection, String id, String body, Map<String, String> attributes) {
        rows.remove(key(collection, id));
        Optional<Document> there = memory.read(collection, id);
        memory.write(WriteBatch.of(there.isEmpty() ? DocumentWrite.create(collection, id, body, attributes)
            : DocumentWrite.update(collection, id, there.get().version(), body, attributes)));
    }

    @Override
    public void editIndex(String collection, String id, String attribute, String value) {
        Document row = store.read(collection, id).orElseThrow();
        Map<String, String> attributes = new java.util.HashMap<>(row.attributes());
        attributes.put(attribute, value);
        putRow(new Document(collection, id, row.version(), row.body(), attributes, row.auditHash()));
    }

    @Override
    public void deleteDocument(String collection, String id) {
        rows.put(key(collection, id), Optional.empty());
    }

    @Override
    public void deleteEntry(String collection, String id, long version) {
        List<AuditEntry> trail = new ArrayList<>(store.auditTrail(collection, id));
        trail.removeIf(entry -> entry.version() == version);
        trails.put(key(collection, id), trail);
    }

    @Override
    public void deleteTrail(String collection, String id) {
        trails.put(key(collection, id), List.of());
    }

    @Override
    public void swapEntries(String collection, String id, long first, long second) {
        List<AuditEntry> trail = new ArrayList<>(store.auditTrail(collection, id));
        int a = (int) first - 1;
        int b = (int) second - 1;
        AuditEntry moved = trail.get(a);
        trail.set(a, trail.get(b));
        trail.set(b, moved);
        trails.put(key(collection, id), trail);
    }

    @Override
    public void editPayload(UUID eventId, String payload) {
        payloads.put(eventId, payload);
    }

    /** The memory as edited. */
    private final class Edited extends ForwardingDocumentStore {
        Edited(DocumentStore delegate) {
            super(delegate);
        }

        private Optional<Document> edited(Document document) {
            return rows.getOrDefault(key(document.collection(), document.id()), Optional.of(document));
        }

        @Override
        public Optional<Document> read(String collection, String id) {
            Optional<Document> row = rows.get(key(collection, id));
            return row != null ? row : super.read(collection, id);
        }

        @Override
        public List<Document> findBy(String collection, String attribute, String value) {
            Map<String, Document> found = new java.util.TreeMap<>();
            for (Document document : super.findBy(collection, attribute, value)) {
                edited(document).filter(row -> value.equals(row.attributes().get(attribute)))
                    .ifPresent(row -> found.put(row.id(), row));
            }
            rows.values().forEach(row -> row.filter(document -> document.collection().equals(collection)
                && value.equals(document.attributes().get(attribute))).ifPresent(document -> found.put(document.id(),
                document)));
            return List.copyOf(found.values());
        }

        @Override
        public ScanPage scan(String collection, String afterId, int limit) {
            ScanPage page = super.scan(collection, afterId, limit);
            List<Document> documents = new ArrayList<>();
            page.documents().forEach(document -> edited(document).ifPresent(documents::add));
            return new ScanPage(documents, page.nextAfter());
        }

        @Override
        public List<AuditEntry> auditTrail(String collection, String id) {
            List<AuditEntry> trail = trails.get(key(collection, id));
            return trail != null ? trail : super.auditTrail(collection, id);
        }

        @Override
        public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
            List<AuditEntry> trail = trails.get(key(collection, id));
            return trail == null ? super.auditEntry(collection, id, version)
                : trail.stream().filter(entry -> entry.version() == version).findFirst();
        }

        @Override
        public List<PendingEvent> pendingEvents(int limit) {
            return super.pendingEvents(limit).stream().map(this::edited).toList();
        }

        @Override
        public int relay(int limit, OutboxHandler handler) {
            return super.relay(limit, events -> handler.handle(events.stream().map(this::edited).toList()));
        }

        private PendingEvent edited(PendingEvent pending) {
            OutboxEvent event = pending.event();
            String payload = payloads.get(event.eventId());
            return payload == null ? pending : new PendingEvent(pending.sequence(), new OutboxEvent(event.eventId(),
                event.type(), event.collection(), event.aggregateId(), event.aggregateVersion(), event.occurredAt(),
                payload));
        }
    }
}
