package dev.directsupply.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that passes every call to another: extend it to decorate a store (metrics, logging,
 * fault injection in tests) and override only what the decoration is about. {@link #relay} goes to
 * the wrapped store's own relay (which may claim rows its own way): a decorator that changes
 * {@link #pendingEvents} or {@link #markDispatched} should override {@code relay} as well, and
 * {@link #relayAll} then relays run by run through it. {@link #relayWithNotes} goes to the wrapped
 * store's too, unless the decorator overrides {@code relay} or {@link #write}: then the notes are
 * written through the decorator's {@code write}, before the run is marked. {@link #findEach} goes to
 * the wrapped store's too, unless the decorator overrides {@link #findBy}.
 */
public abstract class ForwardingDocumentStore implements DocumentStore {
    /** Whether a decorator's class overrides {@link #relay}. */
    private static final ClassValue<Boolean> RELAY_OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("relay", int.class, OutboxHandler.class).getDeclaringClass()
                    != ForwardingDocumentStore.class;
            } catch (NoSuchMethodException impossible) {
                return true;
            }
        }
    };
    /** Whether a decorator's class overrides {@link #findBy}. */
    private static final ClassValue<Boolean> FIND_BY_OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("findBy", String.class, String.class, String.class).getDeclaringClass()
                    != ForwardingDocumentStore.class;
            } catch (NoSuchMethodException impossible) {
                return true;
            }
        }
    };
    /** Whether a decorator's class overrides {@link #write}. */
    private static final ClassValue<Boolean> WRITE_OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("write", WriteBatch.class).getDeclaringClass() != ForwardingDocumentStore.class;
            } catch (NoSuchMethodException impossible) {
                return true;
            }
        }
    };
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

    /**
     * The wrapped store's own, unless this decorator overrides {@link #findBy}: then each look-up goes
     * through the decorator's {@code findBy}, so that what the decoration does to a look-up is never
     * skipped.
     */
    @Override
    public List<List<Document>> findEach(List<Lookup> lookups) {
        if (FIND_BY_OVERRIDDEN.get(getClass())) {
            return DocumentStore.super.findEach(lookups);
        }
        return delegate.findEach(lookups);
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

    /**
     * Goes to the wrapped store's own {@code relayAll} (which may relay its runs its own way, as the JDBC
     * adapter does in fewer transactions) — unless this decorator overrides {@link #relay}, which is
     * then called once per run, so that what the decoration does to a relay is never skipped.
     */
    @Override
    public int relayAll(int limit, int maxRuns, OutboxHandler handler) {
        if (RELAY_OVERRIDDEN.get(getClass())) {
            return DocumentStore.super.relayAll(limit, maxRuns, handler);
        }
        return delegate.relayAll(limit, maxRuns, handler);
    }

    /**
     * The wrapped store's own, unless this decorator overrides {@link #relay} or {@link #write}: then the
     * notes go through this decorator's {@code write} and its runs through {@link #relayAll}.
     */
    @Override
    public int relayWithNotes(int limit, int maxRuns, RunHandler handler) {
        if (RELAY_OVERRIDDEN.get(getClass()) || WRITE_OVERRIDDEN.get(getClass())) {
            return DocumentStore.super.relayWithNotes(limit, maxRuns, handler);
        }
        return delegate.relayWithNotes(limit, maxRuns, handler);
    }
}
