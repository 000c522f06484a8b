package dev.directsupply.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The storage SPI: a versioned document store with a transactional outbox and an audit trail.
 *
 * <p>The contract, checked by the TCK ({@code directsupply-persistence-tck}) for every adapter.
 * <b>Documents</b>
 * <ul>
 *   <li>{@link #write} is atomic: every document, event and audit entry of the batch is stored, or,
 *       when any document's expected version is not the stored one, nothing is and a
 *       {@link VersionConflict} names a stale document of the batch with its expected and actual
 *       version; likewise when a document the batch names {@link Unchanged} is no longer at the version
 *       named (the conflict gives that version as the expected one);</li>
 *   <li>a document's version grows by one with each write, so no update is ever lost: of several
 *       writers naming the same version, exactly one succeeds;</li>
 *   <li>{@link #read}, {@link #findBy} and {@link #scan} hand back the current version of each
 *       document, with its body, attributes and audit hash as the write that stored it gave them;
 *       a look-up or a scan never sees half a batch, even while other threads write;</li>
 *   <li>{@link #findBy} sees the attributes of the current version only, and matches names and
 *       values exactly (case-sensitively, nothing trimmed);</li>
 *   <li>ids are case-sensitive and kept whole up to their 128 characters: {@code Acme} and
 *       {@code acme} are two documents; "id order" is the order of {@link String#compareTo} (for the
 *       letters, digits and punctuation of the Basic Multilingual Plane that ids are made of);</li>
 *   <li>collections are apart: the same id in two collections names two documents, and no read,
 *       look-up, scan, audit trail or conflict of one collection sees another's documents;</li>
 *   <li>bodies, event payloads and audit details of at least {@value #MIN_TEXT_LENGTH} characters
 *       each are stored whole; bodies and payloads may come back reformatted (as PostgreSQL's JSONB
 *       does) but mean the same JSON, and audit details come back exactly as written;</li>
 *   <li>instants keep at least microsecond precision.</li>
 * </ul>
 * <b>Audit trail</b>
 * <ul>
 *   <li>every audit entry of a committed batch is kept, as written, for good: a trail holds one
 *       entry per audited write, oldest (lowest version) first;</li>
 *   <li>{@link #auditEntry} finds the trail's entry for the version asked, and nothing for a version
 *       the trail lacks.</li>
 * </ul>
 * <b>Outbox</b>
 * <ul>
 *   <li>every event of a committed batch is pending exactly once until it is marked dispatched,
 *       and then never again, whatever is written after;</li>
 *   <li>pending events come back by sequence; a sequence number names one event for good, and
 *       sequence numbers grow as batches commit, so the events of one batch come in the order they
 *       were written, and one aggregate's events come in the order its versions were written,
 *       whatever the writers' clocks said in {@link OutboxEvent#occurredAt()}; events of different
 *       aggregates committed at the same moment may come in either order;</li>
 *   <li>limits are honoured exactly: {@link #pendingEvents}, {@link #relay} and {@link #scan} hand
 *       out as many as the limit allows and are pending (or stored), and no more; a limit below 1 is
 *       an {@link IllegalArgumentException};</li>
 *   <li>relays may run at once, on any threads (and, for an adapter that says so, on several
 *       hosts): no event is handed to two relays at once, and one aggregate's events are handed out
 *       one relay at a time, in order, so no handler sees an aggregate's later event before an
 *       earlier one was handled.</li>
 * </ul>
 * Implementations are thread-safe. Any failure of the store itself is a {@link StoreException}: a
 * lost race is a retryable {@link StoreConflict}, and a commit whose outcome is unknown is a
 * {@link CommitOutcomeUnknown}, never a plain failure (adapters prove these with their own fault
 * tests: the TCK cannot make a database fail).
 */
public interface DocumentStore {

    /**
     * The length, in characters, of the longest body, event payload and audit detail every store
     * keeps whole (one mebibyte of text); a store may keep longer ones, or refuse them with a
     * {@link StoreException} that writes nothing, but never shorten them.
     */
    int MIN_TEXT_LENGTH = 1 << 20;

    /** The current version of one document, empty when it was never written. */
    Optional<Document> read(String collection, String id);

    /**
     * Every document of the collection whose current version has this attribute with exactly this
     * value, at its current version, in id order.
     */
    List<Document> findBy(String collection, String attribute, String value);

    /**
     * Several look-ups at once: for each, in the order asked, what {@link #findBy} finds for it. A store
     * that can answers them all in one round trip and from one snapshot (as the JDBC adapter does); this
     * default asks {@link #findBy} for each in turn.
     */
    default List<List<Document>> findEach(List<Lookup> lookups) {
        List<List<Document>> found = new ArrayList<>(lookups.size());
        for (Lookup lookup : lookups) {
            found.add(findBy(lookup.collection(), lookup.attribute(), lookup.value()));
        }
        return found;
    }

    /**
     * One page of the collection in id order: the first {@code limit} documents (or as many as there
     * are) whose ids come after {@code afterId} (from the start when it is {@code null}). The page
     * names the next page's {@code afterId} exactly when documents follow it.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
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

    /** The audit trail of one document: every entry written for it, oldest (lowest version) first. */
    List<AuditEntry> auditTrail(String collection, String id);

    /**
     * The audit entry of one document for one version, as {@link #auditTrail} holds it, empty when the
     * trail has none for that version. This default reads the whole trail; a store that can look one
     * entry up overrides it (checking one outbox event against its change's sealed entry reads one).
     */
    default Optional<AuditEntry> auditEntry(String collection, String id, long version) {
        for (AuditEntry entry : auditTrail(collection, id)) {
            if (entry.version() == version) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code limit} pending outbox events with the lowest sequence numbers (all of them when
     * fewer are pending), lowest first.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<PendingEvent> pendingEvents(int limit);

    /**
     * Marks the events with these sequence numbers dispatched, for good; the other pending events
     * stay pending, and unknown or already dispatched numbers are ignored.
     */
    void markDispatched(Collection<Long> sequences);

    /**
     * Claims the {@code limit} pending events with the lowest sequence numbers (all of them when
     * fewer) — leaving out, while other relays run, the events they hold and the later events of the
     * aggregates they hold — hands them to the handler in one call, lowest sequence first,
     * and marks them dispatched when it returns; returns how many were dispatched, 0 (without calling
     * the handler) when none was pending. A handler that throws leaves its events pending: a
     * {@link RuntimeException} comes out as it is, a checked one as a {@link StoreException}.
     * Relays running at once never hand the same event to two handlers, and never hand out an
     * aggregate's event while an earlier event of the same aggregate is in another relay's hands.
     * This default holds no claims: it is right only for a store that one relay at a time uses, and
     * a store that several threads may relay on overrides it (the TCK runs relays at once).
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
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

    /**
     * Relays run after run, as {@link #relay} does each, until a run finds nothing pending or
     * {@code maxRuns} runs went out; returns how many events were dispatched in all. A handler that
     * throws ends it as it ends {@link #relay}, the runs before staying dispatched. This default calls
     * {@link #relay} once per run, so a decorator that overrides {@code relay} is honoured; a store that
     * can do better overrides it (the JDBC adapter marks a run dispatched and claims the next one in
     * one transaction), keeping every promise of {@link #relay}.
     *
     * @throws IllegalArgumentException when {@code limit} or {@code maxRuns} is below 1
     */
    default int relayAll(int limit, int maxRuns, OutboxHandler handler) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("maxRuns must be 1 or more but was " + maxRuns);
        }
        int relayed = 0;
        for (int run = 0; run < maxRuns; run++) {
            int count = relay(limit, handler);
            if (count == 0) {
                break;
            }
            relayed += count;
        }
        return relayed;
    }

    /**
     * As {@link #relayAll}, the handler answering each run with notes to store with the run's mark
     * ({@link RunNotes}): a store that can writes the notes' batch in the transaction that marks the run
     * dispatched (the JDBC adapter does, with the claim of the next run), so that both are stored or
     * neither. This default writes the batch, then marks the run, as {@link #relay} does; when the batch
     * loses a race it calls {@link RunNotes#notStored} and marks the run after it. Events of types the
     * handler does not take ({@link RunHandler#takes}) are marked with their run without being handed
     * over. Each run goes to {@link RunHandler#handle(List, long)} with the lowest pending sequence,
     * read while the run is claimed ({@code pendingEvents(1)}).
     *
     * @throws IllegalArgumentException when {@code limit} or {@code maxRuns} is below 1
     */
    default int relayWithNotes(int limit, int maxRuns, RunHandler handler) {
        return relayAll(limit, maxRuns, events -> {
            List<PendingEvent> taken = events.stream().filter(pending -> handler.takes(pending.event().type()))
                .toList();
            if (taken.isEmpty()) {
                return;
            }
            // The run's events are still pending here, so the lowest pending is at most its first.
            List<PendingEvent> lowest = pendingEvents(1);
            long lowestPending = Math.min(taken.get(0).sequence(),
                lowest.isEmpty() ? Long.MAX_VALUE : lowest.get(0).sequence());
            RunNotes notes = handler.handle(taken, lowestPending);
            if (notes == null) {
                return;
            }
            try {
                write(notes.batch());
            } catch (StoreConflict lostRace) {
                notes.notStored(lostRace);
                return;
            }
            notes.stored();
        });
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
