package dev.directsupply.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that passes every call to another: extend it to decorate a store (metrics, logging,
 * fault injection in tests) and override only what the decoration is about. {@link #relay} goes to
 * the wrapped store's own relay (which may claim rows its own way): a decorator that changes
 * {@link #pendingEvents} or {@link #markDispatched} should override {@code relay} as well.
 */
public abstract class ForwardingDocumentStore implements DocumentStore {
    private final DocumentStore delegate;

    protected ForwardingDocumentStore(DocumentStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store calls are passed to. */
    protected DocumentStore delegate() {
        return delegate;
    }

    @Override
    public Optional<Document> read(String collection, String id) {
        return delegate.read(collection, id);
    }

    @Override
    public List<Document> findBy(String collection, String attribute, String value) {
        return delegate.findBy(collection, attribute, value);
    }

    @Override
    public ScanPage scan(String collection, String afterId, int limit) {
        return delegate.scan(collection, afterId, limit);
    }

    @Override
    public void write(WriteBatch batch) {
        delegate.write(batch);
    }

    @Override
    public List<AuditEntry> auditTrail(String collection, String id) {
        return delegate.auditTrail(collection, id);
    }

    @Override
    public Optional<AuditEntry> auditEntry(String collection, String id, long version) {
        return delegate.auditEntry(collection, id, version);
    }

    @Override
    public List<PendingEvent> pendingEvents(int limit) {
        return delegate.pendingEvents(limit);
    }

    @Override
    public void markDispatched(Collection<Long> sequences) {
        delegate.markDispatched(sequences);
    }

    @Override
    public int relay(int limit, OutboxHandler handler) {
        return delegate.relay(limit, handler);
    }
}
