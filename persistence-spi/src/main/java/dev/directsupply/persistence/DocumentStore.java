package dev.directsupply.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The storage SPI: a versioned document store with a transactional outbox and an audit trail.
 *
 * <p>The contract, checked by the TCK ({@code directsupply-persistence-tck}) for every adapter:
 * <ul>
 *   <li>{@link #write} is atomic: every document, event and audit entry of the batch is stored, or,
 *       when any document's expected version is not the stored one, nothing is and a
 *       {@link VersionConflict} names the first stale document;</li>
 *   <li>a document's version grows by one with each write, so no update is ever lost;</li>
 *   <li>{@link #findBy} sees the attributes of the current version only;</li>
 *   <li>pending events come back by sequence, each until it is marked dispatched; one aggregate's
 *       events come in the order its versions were written, while events of different aggregates
 *       committed at the same moment may come in either order;</li>
 *   <li>instants keep at least microsecond precision; bodies and payloads may come back
 *       reformatted (as PostgreSQL's JSONB does) but mean the same JSON, and audit details come
 *       back exactly as written.</li>
 * </ul>
 * Implementations are thread-safe. Any failure of the store itself is a {@link StoreException}: a
 * lost race is a retryable {@link StoreConflict}, and a commit whose outcome is unknown is a
 * {@link CommitOutcomeUnknown}, never a plain failure.
 */
public interface DocumentStore {

    /** The current version of one document. */
    Optional<Document> read(String collection, String id);

    /** Every current document of the collection whose attribute has this value, in id order. */
    List<Document> findBy(String collection, String attribute, String value);

    /**
     * One page of the collection in id order: at most {@code limit} documents whose ids come after
     * {@code afterId} (from the start when it is {@code null}).
     */
    ScanPage scan(String collection, String afterId, int limit);

    /**
     * Stores the batch atomically; see the interface contract.
     *
     * @throws VersionConflict      a document's expected version is not the stored one; nothing written
     * @throws TransientConflict    the database aborted the transaction for concurrency; nothing written
     * @throws CommitOutcomeUnknown the connection failed during the commit; all or nothing was written
     * @throws StoreException       anything else; nothing written
     */
    void write(WriteBatch batch);

    /** The audit trail of one document, oldest first. */
    List<AuditEntry> auditTrail(String collection, String id);

    /** Up to {@code limit} pending outbox events, lowest sequence first. */
    List<PendingEvent> pendingEvents(int limit);

    /** Marks the events with these sequence numbers dispatched; unknown numbers are ignored. */
    void markDispatched(Collection<Long> sequences);

    /**
     * Claims up to {@code limit} pending events, hands them to the handler and marks them dispatched
     * when it returns; returns how many were dispatched. An adapter that several relays share must
     * never hand the same event to two of them at once, nor let two relays hand out one aggregate's
     * events out of order; this default serves a single relay.
     */
    default int relay(int limit, OutboxHandler handler) {
        List<PendingEvent> events = pendingEvents(limit);
        if (events.isEmpty()) {
            return 0;
        }
        try {
            handler.handle(events);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("outbox handler failed; the events stay pending", e);
        }
        markDispatched(events.stream().map(PendingEvent::sequence).toList());
        return events.size();
    }

    /** Visits every document of the collection in id order, a page at a time. */
    default void forEach(String collection, int pageSize, Consumer<Document> visitor) {
        String after = null;
        do {
            ScanPage page = scan(collection, after, pageSize);
            page.documents().forEach(visitor);
            after = page.nextAfter().orElse(null);
        } while (after != null);
    }
}
