package dev.directsupply.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What one atomic write stores: new document versions, the outbox events they raised and the audit
 * entries that record them; and the documents it was decided on without writing them, which must be
 * unchanged when it commits. A store writes all of it or, on any stale expected version, none.
 *
 * <p>A document may be written more than once in a batch when each write starts from the version the
 * one before it stores (two commands stored together, the second deciding on what the first wrote): a
 * store applies them as one {@linkplain #changes() change}, from the first's expected version to the
 * last's, with the last's content, and keeps every audit entry.
 */
public record WriteBatch(List<DocumentWrite> documents, List<OutboxEvent> events, List<AuditEntry> auditEntries,
                         List<Unchanged> unchanged) {

    public WriteBatch {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        auditEntries = List.copyOf(auditEntries);
        // A document named twice at one version is one condition.
        unchanged = unchanged.size() < 2 ? List.copyOf(unchanged) : List.copyOf(new LinkedHashSet<>(unchanged));
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a write batch holds at least one document");
        }
        if (documents.size() > 1) {
            Map<String, Long> stored = new HashMap<>();
            for (DocumentWrite write : documents) {
                Long before = stored.put(write.collection() + '/' + write.id(), write.newVersion());
                if (before != null && before != write.expectedVersion()) {
                    throw new IllegalArgumentException("a write batch writes a document again only from the version "
                        + "it stored before, but " + write.collection() + "/" + write.id() + " is written at "
                        + before + " and then again from " + write.expectedVersion());
                }
            }
        }
    }

    /** What the batch does to one document: from the expected version of its first write to its last write. */
    public record Change(long expectedVersion, DocumentWrite last) {
        /** The version the change stores. */
        public long newVersion() {
            return last.newVersion();
        }
    }

    /**
     * Each document written, once, in the order it first appears: one written more than once is one
     * change from its first write's expected version to its last write, whose content it stores.
     */
    public List<Change> changes() {
        if (documents.size() == 1) {
            DocumentWrite only = documents.get(0);
            return List.of(new Change(only.expectedVersion(), only));
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        for (DocumentWrite write : documents) {
            changes.merge(write.collection() + '/' + write.id(), new Change(write.expectedVersion(), write),
                (first, next) -> new Change(first.expectedVersion(), next.last()));
        }
        return List.copyOf(changes.values());
    }

    /** A batch that names no unchanged documents. */
    public WriteBatch(List<DocumentWrite> documents, List<OutboxEvent> events, List<AuditEntry> auditEntries) {
        this(documents, events, auditEntries, List.of());
    }

    /** A batch of one document write and nothing else. */
    public static WriteBatch of(DocumentWrite write) {
        return new WriteBatch(List.of(write), List.of(), List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a batch. */
    public static final class Builder {
        private final List<DocumentWrite> documents = new ArrayList<>(2);
        private final List<OutboxEvent> events = new ArrayList<>(2);
        private final List<AuditEntry> auditEntries = new ArrayList<>(1);
        private final List<Unchanged> unchanged = new ArrayList<>(0);

        private Builder() {
        }

        public Builder write(DocumentWrite write) {
            documents.add(write);
            return this;
        }

        public Builder writeAll(List<DocumentWrite> writes) {
            documents.addAll(writes);
            return this;
        }

        public Builder event(OutboxEvent event) {
            events.add(event);
            return this;
        }

        public Builder events(List<OutboxEvent> more) {
            events.addAll(more);
            return this;
        }

        public Builder audit(AuditEntry entry) {
            auditEntries.add(entry);
            return this;
        }

        /** A document the batch stands on, which must still be at its version when the batch commits. */
        public Builder unchanged(Unchanged document) {
            unchanged.add(document);
            return this;
        }

        public WriteBatch build() {
            return new WriteBatch(documents, events, auditEntries, unchanged);
        }
    }
}
