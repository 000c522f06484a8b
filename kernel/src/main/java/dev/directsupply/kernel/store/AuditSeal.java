package dev.directsupply.kernel.store;

import dev.directsupply.persistence.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals audit entries into a hash chain (DS-7.2.1): each entry's hash covers its own fields, the
 * hash of the body written, and the previous entry's hash, so changing, removing or reordering an
 * entry, or the document behind it, breaks the chain. With a secret key (HMAC-SHA-256) the chain
 * cannot be recomputed by whoever edits the database; without one (SHA-256) it still catches
 * accidental and careless edits. Thread-safe.
 */
public final class AuditSeal {
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;
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
        MessageDigest digest = sha256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(utf8));
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

    private String hash(String collection, String documentId, long version, String actorId, String action,
                        Instant occurredAt, String detail, String bodyHash, String previousHash) {
        // Length-prefixed fields: no two different entries serialise to the same bytes.
        StringBuilder canonical = new StringBuilder(160 + detail.length());
        for (String field : new String[] {collection, documentId, Long.toString(version), actorId, action,
            occurredAt.toString(), detail, bodyHash, previousHash}) {
            canonical.append(field.length()).append(':').append(field).append('|');
        }
        byte[] bytes = canonical.toString().getBytes(StandardCharsets.UTF_8);
        if (hmac != null) {
            return HEX.formatHex(hmac.get().doFinal(bytes));
        }
        MessageDigest digest = sha256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(bytes));
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
