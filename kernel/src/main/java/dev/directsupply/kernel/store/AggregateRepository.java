package dev.directsupply.kernel.store;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.CommitOutcomeUnknown;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.TransientConflict;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One collection of aggregates over the storage SPI.
 *
 * <p>Every save is one atomic batch: the aggregate's new document (naming the version it was read
 * at), one outbox event per domain event, and an audit entry chained to the previous one by an
 * {@link AuditSeal}. If someone else saved first, nothing is written and the save throws
 * {@link ConcurrencyConflict}. Event ids are derived from (collection, id, version, position), so
 * the same change always carries the same ids and subscribers can ignore repeats. Aggregates it
 * decoded or saved lately are kept by id and version, so reading back what was just written costs no
 * JSON parsing; a document at another version is decoded afresh. Aggregates must therefore be
 * immutable values, as every aggregate of the SDK is: one instance is shared between threads. Thread-safe.
 *
 * @param <A> the aggregate type
 */
public final class AggregateRepository<A> {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(AggregateRepository::md5);
    private static final int RECENT_LIMIT = 10_000;
    /** Documents read a page at a time by {@link #verifyAll} and {@link #checkpoint}. */
    private static final int VERIFY_PAGE = 200;
    private final DocumentStore store;
    private final String collection;
    private final DocumentCodec<A> codec;
    private final EventCodec events;
    private final AuditSeal seal;
    private final Clock clock;
    /**
     * Aggregates decoded or saved lately, by id, with the version they are at. A document's version
     * names its content, so a hit is exact; the map is dropped whole when it grows past its bound.
     */
    private final ConcurrentHashMap<String, Versioned<A>> recent = new ConcurrentHashMap<>();

    public AggregateRepository(DocumentStore store, String collection, DocumentCodec<A> codec, EventCodec events,
                               AuditSeal seal, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.events = Objects.requireNonNull(events, "events");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String collection() {
        return collection;
    }

    /**
     * The aggregate as stored now; inside a command's attempt that trusts copies, the one this repository
     * saved or read last, on which the attempt's write then stands ({@link TrustedCopies}); inside an
     * attempt that holds a write of it ({@link JoinedWrites}), as that write will store it.
     */
    @SuppressWarnings("unchecked")
    public Optional<Versioned<A>> find(String id) {
        JoinedWrites joined = JoinedWrites.current(store);
        if (joined != null) {
            Versioned<?> held = joined.held(collection, id);
            if (held != null) {
                return Optional.of((Versioned<A>) held);
            }
        }
        if (TrustedCopies.mayUseCopies()) {
            Versioned<A> copy = recent.get(id);
            if (copy != null) {
                TrustedCopies.relyOn(collection, id, copy.version());
                return Optional.of(copy);
            }
        }
        return store.read(collection, id).map(this::decode);
    }

    /**
     * As {@link #find}, for an id expected to be new — the first use of an idempotency key. An attempt
     * that trusts copies takes this instance's copy if it has one, and otherwise assumes there is none
     * without reading the store ({@link TrustedCopies#assumeAbsent}): its write must then create the
     * aggregate, which fails when another writer did first, or the attempt is decided again on what is
     * stored. Elsewhere it reads, as {@code find} does.
     */
    public Optional<Versioned<A>> findExpectingNone(String id) {
        JoinedWrites joined = JoinedWrites.current(store);
        boolean held = joined != null && joined.held(collection, id) != null;
        if (TrustedCopies.mayUseCopies() && !recent.containsKey(id) && !held) {
            TrustedCopies.assumeAbsent(collection, id);
            return Optional.empty();
        }
        return find(id);
    }

    /** The aggregate, or {@link NotFound}. */
    public Versioned<A> get(String id) {
        return find(id).orElseThrow(() -> new NotFound(collection, id));
    }

    /** The aggregates whose indexed attribute has the value, in id order. */
    public List<Versioned<A>> findBy(String attribute, String value) {
        JoinedWrites.beforeQuery(store, collection);
        List<Document> documents = store.findBy(collection, attribute, value);
        List<Versioned<A>> found = new ArrayList<>(documents.size());
        for (Document document : documents) {
            found.add(decode(document));
        }
        return found;
    }

    /** The documents whose indexed attribute has the value, in id order, undecoded. */
    public List<Document> documents(String attribute, String value) {
        JoinedWrites.beforeQuery(store, collection);
        return store.findBy(collection, attribute, value);
    }

    /** Visits every document of the collection in id order, a page at a time, undecoded. */
    public void forEachDocument(int pageSize, Consumer<Document> visitor) {
        JoinedWrites.beforeQuery(store, collection);
        store.forEach(collection, pageSize, visitor);
    }

    /** Visits every aggregate of the collection in id order, a page at a time. */
    public void forEach(int pageSize, Consumer<Versioned<A>> visitor) {
        JoinedWrites.beforeQuery(store, collection);
        store.forEach(collection, pageSize, document -> visitor.accept(decode(document, false)));
    }

    /**
     * Visits every aggregate of the collection in id order, a page at a time; a document that cannot
     * be decoded (written by a newer SDK, or damaged) goes to {@code undecodable} with its id, and the
     * visit goes on: one bad document does not stop a batch job.
     */
    public void forEach(int pageSize, Consumer<Versioned<A>> visitor, BiConsumer<String, RuntimeException> undecodable) {
        JoinedWrites.beforeQuery(store, collection);
        store.forEach(collection, pageSize, document -> {
            Versioned<A> decoded;
            try {
                decoded = decode(document, false);
            } catch (RuntimeException e) {
                undecodable.accept(document.id(), e);
                return;
            }
            visitor.accept(decoded);
        });
    }

    /**
     * Saves a new aggregate (version 1), with any other documents that must be written with it or
     * not at all, such as a claim on a unique value.
     */
    public Versioned<A> create(Changed<A> change, Actor actor, String action, List<DocumentWrite> alongside) {
        return write(0, "", change, actor, action, alongside);
    }

    /** Saves the aggregate's next version; a no-op when nothing happened. */
    public Versioned<A> save(Versioned<A> current, Changed<A> change, Actor actor, String action) {
        if (change.isNothing()) {
            return current;
        }
        return write(current.version(), current.auditHash(), change, actor, action, List.of());
    }

    /** Load → decide → save: reads the aggregate, lets {@code decide} change it, saves the result. */
    public Versioned<A> update(String id, Actor actor, String action, Function<A, Changed<A>> decide) {
        Versioned<A> current = get(id);
        return save(current, decide.apply(current.aggregate()), actor, action);
    }

    private Versioned<A> write(long expectedVersion, String previousHash, Changed<A> change, Actor actor,
                               String action, List<DocumentWrite> alongside) {
        Prepared<A> prepared = prepare(expectedVersion, previousHash, change, actor, action);
        WriteBatch.Builder batch = WriteBatch.builder();
        prepared.addTo(batch);
        alongside.forEach(batch::write);
        commit(store, batch.build(), collection, codec.id(change.aggregate()), expectedVersion);
        prepared.committed();
        return prepared.result();
    }

    /**
     * The document, events and sealed audit entry that saving this change writes, ready to join a
     * batch with other aggregates' ({@link UnitOfWork}).
     */
    Prepared<A> prepare(long expectedVersion, String previousHash, Changed<A> change, Actor actor, String action) {
        A aggregate = change.aggregate();
        String id = codec.id(aggregate);
        Utf8Buffer utf8 = Utf8Buffer.empty();
        codec.encodeTo(aggregate, utf8);
        String body = utf8.text();
        String bodyHash = seal.bodyHash(utf8.bytes(), utf8.size());
        utf8.release();
        long version = expectedVersion + 1;
        // Stores keep instants to the microsecond; the sealed entry must read back as it was hashed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DomainEvent> raised = change.events();
        List<OutboxEvent> events = new ArrayList<>(raised.size());
        List<String> eventSeals = new ArrayList<>(raised.size());
        UUID first = raised.isEmpty() ? null : eventId(id, version);
        for (int i = 0; i < raised.size(); i++) {
            DomainEvent event = raised.get(i);
            String payload = this.events.encode(event);
            // The event's time to the microsecond too, so that its seal matches what the store hands back.
            OutboxEvent outbox = new OutboxEvent(nth(first, i), event.type(), collection, id, version,
                event.occurredAt().truncatedTo(ChronoUnit.MICROS), payload);
            events.add(outbox);
            eventSeals.add(seal.eventSeal(outbox, this.events.canonical(payload)));
        }
        AuditEntry entry = seal.seal(collection, id, version, actor.id().value(), action, now,
            detail(raised, eventSeals), bodyHash, previousHash);
        DocumentWrite document = new DocumentWrite(collection, id, expectedVersion, body, codec.attributes(aggregate),
            entry.hash());
        return new Prepared<>(this, document, events, eventSeals, entry,
            new Versioned<>(aggregate, version, entry.hash()));
    }

    Prepared<A> prepareCreate(Changed<A> change, Actor actor, String action) {
        return prepare(0, "", change, actor, action);
    }

    Prepared<A> prepareSave(Versioned<A> current, Changed<A> change, Actor actor, String action) {
        return prepare(current.version(), current.auditHash(), change, actor, action);
    }

    /**
     * Writes a batch, turning a lost race into {@link ConcurrencyConflict}. When the store cannot tell
     * whether the commit happened ({@link CommitOutcomeUnknown}), the batch's sealed audit entry
     * settles what can be settled: found in the trail, the batch was stored whole and the write
     * succeeded; another entry at its version means another writer stored that version, so this
     * batch was not stored — a {@link ConcurrencyConflict}, repeated like any lost race. With neither,
     * the commit may still be landing, and the outcome stays unknown.
     */
    static void commit(DocumentStore store, WriteBatch batch, String collection, String id, long expectedVersion) {
        try {
            store.write(batch);
        } catch (CommitOutcomeUnknown unknown) {
            settle(store, batch, unknown);
        } catch (VersionConflict conflict) {
            throw new ConcurrencyConflict(conflict.collection(), conflict.id(), conflict.expectedVersion(),
                conflict.actualVersion(), conflict);
        } catch (TransientConflict conflict) {
            throw new ConcurrencyConflict(collection, id, expectedVersion, ConcurrencyConflict.UNKNOWN, conflict);
        }
    }

    /**
     * Returns when the batch is in the store; throws what is known when it is not, or {@code unknown}.
     * Every entry of the batch is looked for: one found means all were stored (a batch is atomic);
     * another writer's entry at one of the batch's versions means none was.
     */
    private static void settle(DocumentStore store, WriteBatch batch, CommitOutcomeUnknown unknown) {
        if (batch.auditEntries().isEmpty()) {
            throw unknown;
        }
        ConcurrencyConflict lost = null;
        for (AuditEntry sealed : batch.auditEntries()) {
            List<AuditEntry> trail;
            try {
                trail = store.auditTrail(sealed.collection(), sealed.documentId());
            } catch (RuntimeException stillFailing) {
                unknown.addSuppressed(stillFailing);
                throw unknown;
            }
            for (AuditEntry entry : trail) {
                if (entry.version() != sealed.version()) {
                    continue;
                }
                if (entry.hash().equals(sealed.hash())) {
                    return;
                }
                if (lost == null) {
                    lost = new ConcurrencyConflict(sealed.collection(), sealed.documentId(), sealed.version() - 1,
                        sealed.version(), unknown);
                }
            }
        }
        throw lost != null ? lost : unknown;
    }

    /** One aggregate's share of a batch. */
    record Prepared<A>(AggregateRepository<A> repository, DocumentWrite document, List<OutboxEvent> events,
                       List<String> eventSeals, AuditEntry audit, Versioned<A> result) {
        void addTo(WriteBatch.Builder batch) {
            batch.write(document).events(events).audit(audit);
        }

        /** Once stored: the aggregate kept at its new version, its events' seals remembered for the relay. */
        void committed() {
            repository.remember(document.id(), result);
            for (int i = 0; i < events.size(); i++) {
                repository.seal.committed(events.get(i).eventId(), eventSeals.get(i));
            }
        }
    }

    /**
     * The id of the change's first event: a name-based UUID of (collection, id, version), as
     * {@link UUID#nameUUIDFromBytes} makes it, with a digest each thread reuses.
     */
    private UUID eventId(String id, long version) {
        MessageDigest md5 = MD5.get();
        md5.reset();
        byte[] hash = md5.digest((collection + '/' + id + '/' + version).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) (hash[6] & 0x0f | 0x30);
        hash[8] = (byte) (hash[8] & 0x3f | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = most << 8 | hash[i] & 0xff;
            least = least << 8 | hash[i + 8] & 0xff;
        }
        return new UUID(most, least);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /**
     * The id of the change's event at the position: the first event's with the position folded into
     * its low bits. One digest per change however many events it raised; still stable and, for any
     * two changes, distinct but for odds of about 2^-64.
     */
    private static UUID nth(UUID first, int position) {
        return position == 0 ? first : new UUID(first.getMostSignificantBits(),
            first.getLeastSignificantBits() ^ position);
    }

    /**
     * The audit entry's detail: the types of the events the change raised and, when it raised any, each
     * event's seal ({@link AuditSeal#eventSeal}), so the sealed entry vouches for its events
     * ({@link EventSeals}).
     */
    static String detail(List<DomainEvent> raised, List<String> eventSeals) {
        StringBuilder json = new StringBuilder(32 + raised.size() * 110).append("{\"events\":[");
        for (int i = 0; i < raised.size(); i++) {
            // Event type names are module.SimpleName: letters, digits and a dot, nothing to escape.
            json.append(i == 0 ? "\"" : ",\"").append(raised.get(i).type()).append('"');
        }
        json.append(']');
        if (!eventSeals.isEmpty()) {
            json.append(",\"").append(EventSeals.SEALS).append("\":[");
            for (int i = 0; i < eventSeals.size(); i++) {
                json.append(i == 0 ? "\"" : ",\"").append(eventSeals.get(i)).append('"');
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    /**
     * The aggregate this repository decoded or saved lately at exactly the document's version, if it
     * still holds it: lets a reader that needs only part of a document skip reading it.
     */
    public Optional<Versioned<A>> known(Document document) {
        Versioned<A> known = recent.get(document.id());
        return known != null && known.version() == document.version()
            && known.auditHash().equals(document.auditHash()) ? Optional.of(known) : Optional.empty();
    }

    /** The aggregate of a stored document, from the cache when it holds that version. */
    public Versioned<A> decode(Document document) {
        return decode(document, true);
    }

    /**
     * The aggregate of the document, from the cache when it holds that version. A scan passes
     * {@code remember = false}: a pass over a whole collection would otherwise flush the aggregates
     * being worked on out of the bounded cache, for documents it reads once.
     */
    private Versioned<A> decode(Document document, boolean remember) {
        Optional<Versioned<A>> known = known(document);
        if (known.isPresent()) {
            return known.get();
        }
        Versioned<A> decoded = new Versioned<>(codec.decode(document.body()), document.version(),
            document.auditHash());
        if (remember) {
            remember(document.id(), decoded);
        }
        return decoded;
    }

    /** Notes an aggregate as it is stored now; a {@link UnitOfWork} calls it once its batch committed. */
    void remember(String id, Versioned<A> stored) {
        if (recent.size() >= RECENT_LIMIT) {
            recent.clear();
        }
        recent.merge(id, stored, (before, after) -> after.version() >= before.version() ? after : before);
    }

    /** The actor named by the first entry of the document's audit trail: who created it. */
    public Optional<ActorId> createdBy(String id) {
        JoinedWrites.beforeRead(store, collection, id);
        List<AuditEntry> trail = store.auditTrail(collection, id);
        return trail.isEmpty() ? Optional.empty() : Optional.of(ActorId.of(trail.get(0).actorId()));
    }

    /**
     * Checks the aggregate's audit trail (DS-7.2.1): every entry intact, each linked to the one before,
     * one per version from 1, and the last one matching the stored document — its version, its body
     * and the attributes it is looked up by, recomputed from the body. A store may reformat JSON (as
     * PostgreSQL's JSONB does), so the body is compared in the codec's canonical form. The chain alone
     * cannot show that its newest entries were cut off; {@link #verify(String, Checkpoint)} can. An id
     * with neither document nor trail is {@link NotFound}: there is nothing to vouch for.
     */
    public AuditVerification verify(String id) {
        List<AuditEntry> trail = store.auditTrail(collection, id);
        Optional<Document> document = store.read(collection, id);
        if (trail.isEmpty() && document.isEmpty()) {
            throw new NotFound(collection, id);
        }
        return check(id, document, trail, null, List.of());
    }

    /**
     * As {@link #verify(String)}, and against the checkpoint: when it recorded the aggregate, the trail
     * must still reach the head it recorded, so a trail cut short (and the previous document put back)
     * shows, and an aggregate deleted with its whole trail is tampering, not {@link NotFound}. A
     * checkpoint not sealed by this repository's key, or of another collection, is a problem itself.
     */
    public AuditVerification verify(String id, Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        List<String> checkpointProblems = checkpointProblems(checkpoint);
        Checkpoint.Head head = checkpointProblems.isEmpty() ? checkpoint.head(id).orElse(null) : null;
        List<AuditEntry> trail = store.auditTrail(collection, id);
        Optional<Document> document = store.read(collection, id);
        if (trail.isEmpty() && document.isEmpty() && head == null && checkpointProblems.isEmpty()) {
            throw new NotFound(collection, id);
        }
        return check(id, document, trail, head, checkpointProblems);
    }

    /**
     * Checks every aggregate of the collection as {@link #verify(String)} does, a page at a time, and
     * reports each broken one with the first version at which it breaks. Without a checkpoint, an
     * aggregate deleted with its whole trail leaves nothing to find.
     */
    public CollectionVerification verifyAll() {
        return verifyAll(null);
    }

    /**
     * As {@link #verifyAll()}, and against the checkpoint: each aggregate it recorded must still reach
     * its head, and one that is gone — document and trail — is reported broken.
     */
    public CollectionVerification verifyAll(Checkpoint checkpoint) {
        List<String> checkpointProblems = checkpoint == null ? List.of() : checkpointProblems(checkpoint);
        Checkpoint heads = checkpoint != null && checkpointProblems.isEmpty() ? checkpoint : null;
        // Broken aggregates by id; every aggregate seen with {entries, version}; attribute values by name.
        Map<String, AuditVerification> broken = new TreeMap<>();
        Map<String, long[]> seen = new HashMap<>();
        Map<String, Map<String, Set<String>>> index = new HashMap<>();
        long[] counts = new long[2];
        store.forEach(collection, VERIFY_PAGE, document -> {
            Checkpoint.Head head = heads == null ? null : heads.head(document.id()).orElse(null);
            AuditVerification checked = check(document.id(), Optional.of(document),
                store.auditTrail(collection, document.id()), head, List.of(), index);
            seen.put(document.id(), new long[] {checked.entries(), document.version()});
            counts[0]++;
            counts[1] += checked.entries();
            if (!checked.isIntact()) {
                broken.put(checked.id(), checked);
            }
        });
        lookUpsAgainstBodies(index, seen, broken);
        if (heads != null) {
            heads.heads().forEach((id, head) -> {
                if (seen.containsKey(id)) {
                    return;
                }
                AuditVerification checked = check(id, store.read(collection, id), store.auditTrail(collection, id),
                    head, List.of());
                counts[0]++;
                counts[1] += checked.entries();
                if (!checked.isIntact()) {
                    broken.put(checked.id(), checked);
                }
            });
        }
        return new CollectionVerification(collection, counts[0], counts[1], checkpoint != null, checkpointProblems,
            List.copyOf(broken.values()));
    }

    /**
     * Asks the store's look-ups for every attribute value the bodies give — once per distinct value —
     * and reports a document a look-up misses, and one it finds under a value its body does not give:
     * a store may keep its look-up index apart from the documents (H2 does), and an edited index hides
     * or misdirects look-ups such as the one that keeps credit codes unique.
     */
    private void lookUpsAgainstBodies(Map<String, Map<String, Set<String>>> index, Map<String, long[]> seen,
                                      Map<String, AuditVerification> broken) {
        Map<String, List<String>> problems = new TreeMap<>();
        new TreeMap<>(index).forEach((name, values) -> new TreeMap<>(values).forEach((value, expected) -> {
            Set<String> found = new HashSet<>();
            for (Document document : store.findBy(collection, name, value)) {
                found.add(document.id());
                if (!expected.contains(document.id())) {
                    problems.computeIfAbsent(document.id(), id -> new ArrayList<>()).add("a look-up by " + name
                        + " = " + value + " finds the document, though its body does not give that value");
                }
            }
            for (String id : expected) {
                if (!found.contains(id)) {
                    problems.computeIfAbsent(id, missing -> new ArrayList<>()).add("a look-up by " + name + " = "
                        + value + " does not find the document, though its body gives that value");
                }
            }
        }));
        problems.forEach((id, more) -> {
            AuditVerification before = broken.get(id);
            long[] known = seen.getOrDefault(id, new long[] {0, 1});
            List<String> all = new ArrayList<>(before == null ? List.of() : before.problems());
            all.addAll(more);
            broken.put(id, new AuditVerification(collection, id, (int) known[0],
                before == null ? known[1] : before.firstBroken(), all));
        });
    }

    /**
     * The head of every aggregate's trail in the collection now, sealed with this repository's key,
     * for the host to keep outside the database ({@link Checkpoint#export()}). Taken a page at a
     * time: writes meanwhile leave some aggregates at their earlier heads, which is still true.
     */
    public Checkpoint checkpoint() {
        Map<String, Checkpoint.Head> heads = new HashMap<>();
        store.forEach(collection, VERIFY_PAGE, document -> {
            if (!document.auditHash().isEmpty()) {
                heads.put(document.id(), new Checkpoint.Head(document.version(), document.auditHash()));
            }
        });
        return Checkpoint.sealed(collection, clock.instant().truncatedTo(ChronoUnit.MICROS), heads, seal);
    }

    /** Verification and checkpoints of this collection's trails, for a caller already authorised. */
    public AuditTrails trails() {
        return new AuditTrails(this);
    }

    private List<String> checkpointProblems(Checkpoint checkpoint) {
        if (!checkpoint.collection().equals(collection)) {
            return List.of("the checkpoint is of collection " + checkpoint.collection() + ", not " + collection);
        }
        if (!checkpoint.isSealedBy(seal)) {
            return List.of("the checkpoint's seal does not match its content under this host's audit "
                + (seal.isKeyed() ? "key" : "seal") + ": it was edited or forged");
        }
        return List.of();
    }

    private AuditVerification check(String id, Optional<Document> document, List<AuditEntry> trail,
                                     Checkpoint.Head head, List<String> checkpointProblems) {
        return check(id, document, trail, head, checkpointProblems, null);
    }

    /**
     * Checks one aggregate; with an {@code index}, notes the look-up attributes its body gives there
     * (name → value → ids), for {@link #verifyAll} to ask the store's look-ups about.
     */
    private AuditVerification check(String id, Optional<Document> document, List<AuditEntry> trail,
                                     Checkpoint.Head head, List<String> checkpointProblems,
                                     Map<String, Map<String, Set<String>>> index) {
        Broken broken = new Broken(checkpointProblems);
        String previous = "";
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry entry = trail.get(i);
            long position = i + 1;
            if (entry.version() != position) {
                broken.at(position, "entry " + position + " records version " + entry.version() + " instead of "
                    + position);
            }
            if (!seal.isIntact(entry)) {
                broken.at(position, "entry for version " + entry.version() + " was altered: its hash does not match");
            }
            if (!entry.previousHash().equals(previous)) {
                broken.at(position, "entry for version " + entry.version() + " does not link to the entry before it");
            }
            previous = entry.hash();
        }
        if (head != null) {
            if (trail.isEmpty() && document.isEmpty()) {
                broken.at(1, "the document and its whole trail are gone, though the checkpoint recorded version "
                    + head.version());
            } else if (trail.size() < head.version()) {
                broken.at(trail.size() + 1, "the trail ends at version " + trail.size()
                    + " but the checkpoint recorded version " + head.version() + ": its newest entries were cut off");
            } else if (!trail.get((int) head.version() - 1).hash().equals(head.hash())) {
                broken.at(head.version(), "the entry for version " + head.version()
                    + " is not the one the checkpoint recorded: the trail was replaced");
            }
        }
        if (document.isEmpty()) {
            if (!trail.isEmpty()) {
                broken.at(trail.size(), "the trail records a document that the store does not hold");
            }
        } else {
            Document current = document.get();
            if (trail.isEmpty()) {
                broken.at(1, "the document has no audit trail");
            } else {
                AuditEntry last = trail.get(trail.size() - 1);
                long at = Math.min(current.version(), trail.size());
                if (current.version() != last.version()) {
                    broken.at(at, "the document is at version " + current.version() + " but the trail ends at "
                        + last.version());
                }
                if (!current.auditHash().equals(last.hash())) {
                    broken.at(at, "the document does not point at the last entry of its trail");
                }
                A decoded = null;
                try {
                    decoded = codec.decode(current.body());
                } catch (RuntimeException unreadable) {
                    broken.at(at, "the document's body cannot be read: " + unreadable.getMessage());
                }
                if (decoded != null) {
                    if (!seal.bodyHash(codec.encode(decoded)).equals(last.bodyHash())) {
                        broken.at(at, "the document's body differs from the body its last entry recorded");
                    }
                    Map<String, String> attributes = codec.attributes(decoded);
                    attributes = attributes == null ? Map.of() : attributes;
                    if (!current.attributes().equals(attributes)) {
                        broken.at(at, "the document's look-up attributes " + new TreeMap<>(current.attributes())
                            + " differ from those its body gives " + new TreeMap<>(attributes));
                    }
                    if (index != null) {
                        attributes.forEach((name, value) -> index.computeIfAbsent(name, n -> new HashMap<>())
                            .computeIfAbsent(value, v -> new HashSet<>()).add(id));
                    }
                }
            }
        }
        return new AuditVerification(collection, id, trail.size(), broken.first, broken.problems);
    }

    /** Problems found so far, and the first version at which one was. */
    private static final class Broken {
        final List<String> problems;
        long first;

        Broken(List<String> initial) {
            problems = new ArrayList<>(initial);
            first = initial.isEmpty() ? 0 : 1;
        }

        void at(long version, String problem) {
            problems.add(problem);
            long where = Math.max(1, version);
            first = first == 0 ? where : Math.min(first, where);
        }
    }
}
