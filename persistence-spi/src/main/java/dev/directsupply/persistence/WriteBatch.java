package dev.directsupply.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one atomic write stores: new document versions, the outbox events they raised and the audit
 * entries that record them; and the documents it was decided on without writing them, which must be
 * unchanged when it commits. A store writes all of it or, on any stale expected version, none.
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
            Set<String> seen = new HashSet<>();
            for (DocumentWrite write : documents) {
                if (!seen.add(write.collection() + '/' + write.id())) {
                    throw new IllegalArgumentException("a write batch holds each document once, but "
                        + write.collection() + "/" + write.id() + " appears twice");
                }
            }
        }
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
