package dev.directsupply.kernel.store;

import dev.directsupply.persistence.AuditEntry;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals audit entries into a hash chain (DS-7.2.1): each entry's hash covers its own fields, the
 * hash of the body written, and the previous entry's hash, so changing, removing or reordering an
 * entry, or the document behind it, breaks the chain. With a secret key (HMAC-SHA-256) the chain
 * cannot be recomputed by whoever edits the database; without one (SHA-256) it still catches
 * accidental and careless edits. The same key seals outbox events ({@link #eventSeal}) and
 * checkpoints ({@link #checkpointSeal}). A chain alone cannot show that its newest entries were cut
 * off: a {@link Checkpoint} kept outside the database can. Thread-safe.
 */
public final class AuditSeal {
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Canonical> CANONICAL = ThreadLocal.withInitial(Canonical::new);

    /** How many committed events' seals a seal remembers before it starts afresh. */
    static final int REMEMBERED_EVENTS = 20_000;

    private final byte[] key;
    /**
     * The seals of events this SDK instance committed lately, by event id: the relay checks an event it
     * hands out against the seal its own write made without reading the audit entry back.
     */
    private final Map<UUID, String> committedEvents = new ConcurrentHashMap<>();
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(AuditSeal::newSha256);
    private final ThreadLocal<Mac> hmac;

    private AuditSeal(byte[] key) {
        this.key = key;
        this.hmac = key == null ? null : ThreadLocal.withInitial(this::newHmac);
    }

    /** Plain SHA-256 chaining. */
    public static AuditSeal unkeyed() {
        return new AuditSeal(null);
    }

    /** HMAC-SHA-256 chaining with a secret the host keeps outside the database (16 bytes or more). */
    public static AuditSeal withKey(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("an audit key has at least 16 bytes");
        }
        return new AuditSeal(secret.clone());
    }

    /** Whether a secret key seals the chain. */
    public boolean isKeyed() {
        return key != null;
    }

    /** The hash of a document body: SHA-256 of its UTF-8 bytes. */
    public String bodyHash(String body) {
        return bodyHash(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a document body already in UTF-8. */
    public String bodyHash(byte[] utf8) {
        return bodyHash(utf8, utf8.length);
    }

    /** The hash of a document body in UTF-8, its first {@code length} bytes. */
    public String bodyHash(byte[] utf8, int length) {
        MessageDigest digest = sha256.get();
        digest.reset();
        digest.update(utf8, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /** A sealed audit entry. */
    public AuditEntry seal(String collection, String documentId, long version, String actorId, String action,
                           Instant occurredAt, String detail, String bodyHash, String previousHash) {
        String hash = hash(collection, documentId, version, actorId, action, occurredAt, detail, bodyHash,
            previousHash);
        return new AuditEntry(collection, documentId, version, actorId, action, occurredAt, detail, bodyHash,
            previousHash, hash);
    }

    /** Whether the entry's hash matches its fields. */
    public boolean isIntact(AuditEntry entry) {
        return hash(entry.collection(), entry.documentId(), entry.version(), entry.actorId(), entry.action(),
            entry.occurredAt(), entry.detail(), entry.bodyHash(), entry.previousHash()).equals(entry.hash());
    }

    /**
     * The seal of one outbox event (DS-7.2.1): over its id, type, aggregate, version, time and payload
     * in the canonical form its codec gives ({@link EventCodec#canonical}). The audit entry of the
     * change that raised the event lists it, so an event edited in the outbox no longer matches the
     * sealed entry. Keyed as the chain is.
     */
    public String eventSeal(dev.directsupply.persistence.OutboxEvent event, String canonicalPayload) {
        return digest("event", event.eventId().toString(), event.type(), event.collection(), event.aggregateId(),
            Long.toString(event.aggregateVersion()), event.occurredAt().toString(), canonicalPayload);
    }

    /**
     * Notes the seal of an event whose change this SDK instance committed (never of one merely prepared:
     * a write that lost its race stored nothing). Bounded: past {@link #REMEMBERED_EVENTS} it forgets
     * them all, and checks read the audit entry again.
     */
    public void committed(UUID eventId, String eventSeal) {
        if (committedEvents.size() >= REMEMBERED_EVENTS) {
            committedEvents.clear();
        }
        committedEvents.put(eventId, eventSeal);
    }

    /** The seal of an event this SDK instance committed lately, if it still remembers it. */
    public Optional<String> committedSeal(UUID eventId) {
        return Optional.ofNullable(committedEvents.get(eventId));
    }

    /** The seal of a checkpoint's text ({@link Checkpoint}): keyed as the chain is. */
    public String checkpointSeal(String text) {
        return digest("checkpoint", text);
    }

    private String digest(String... fields) {
        Canonical canonical = CANONICAL.get().reset();
        for (String field : fields) {
            canonical.field(field);
        }
        return digest(canonical.utf8());
    }

    private String digest(ByteBuffer bytes) {
        if (hmac != null) {
            Mac mac = hmac.get();
            mac.update(bytes);
            return HEX.formatHex(mac.doFinal());
        }
        MessageDigest digest = sha256.get();
        digest.reset();
        digest.update(bytes);
        return HEX.formatHex(digest.digest());
    }

    private String hash(String collection, String documentId, long version, String actorId, String action,
                        Instant occurredAt, String detail, String bodyHash, String previousHash) {
        // Length-prefixed fields: no two different entries serialise to the same bytes.
        Canonical canonical = CANONICAL.get().reset();
        canonical.field(collection).field(documentId).field(Long.toString(version)).field(actorId).field(action)
            .field(occurredAt.toString()).field(detail).field(bodyHash).field(previousHash);
        return digest(canonical.utf8());
    }

    /**
     * The fields of an entry, each as its length, a colon, itself and a bar, in UTF-8: built in buffers
     * each thread reuses, since every write seals an entry.
     */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder(512);
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer bytes = ByteBuffer.allocate(1024);

        Canonical reset() {
            text.setLength(0);
            return this;
        }

        Canonical field(String value) {
            text.append(value.length()).append(':').append(value).append('|');
            return this;
        }

        /** The fields in UTF-8, as {@code String.getBytes(UTF_8)} would give them. */
        ByteBuffer utf8() {
            int needed = (int) Math.ceil(text.length() * (double) encoder.maxBytesPerChar());
            if (bytes.capacity() < needed) {
                bytes = ByteBuffer.allocate(needed);
            }
            bytes.clear();
            encoder.reset();
            CharBuffer chars = CharBuffer.wrap(text);
            encoder.encode(chars, bytes, true);
            encoder.flush(bytes);
            bytes.flip();
            return bytes;
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private Mac newHmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
