package dev.directsupply.persistence;

import java.util.Map;
import java.util.Objects;

/**
 * The new state of one document inside a {@link WriteBatch}.
 *
 * @param expectedVersion the version the writer read: {@code 0} when the document must not exist
 *                        yet; the write stores version {@code expectedVersion + 1}
 */
public record DocumentWrite(String collection, String id, long expectedVersion, String body,
                            Map<String, String> attributes, String auditHash) {

    public DocumentWrite {
        Names.collection(collection);
        Names.id(id);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version must be 0 or more but was " + expectedVersion);
        }
        Objects.requireNonNull(body, "body");
        attributes = Names.attributes(attributes);
        auditHash = auditHash == null ? "" : auditHash;
    }

    /** A write that creates the document; it fails if the document exists. */
    public static DocumentWrite create(String collection, String id, String body, Map<String, String> attributes) {
        return new DocumentWrite(collection, id, 0, body, attributes, "");
    }

    /** A write that replaces version {@code expectedVersion} of the document. */
    public static DocumentWrite update(String collection, String id, long expectedVersion, String body,
                                       Map<String, String> attributes) {
        return new DocumentWrite(collection, id, expectedVersion, body, attributes, "");
    }

    /** The same write, carrying the hash of the audit entry that records it. */
    public DocumentWrite withAuditHash(String hash) {
        return new DocumentWrite(collection, id, expectedVersion, body, attributes, hash);
    }

    /** The version this write stores. */
    public long newVersion() {
        return expectedVersion + 1;
    }

    /** The document as it is once this write is applied. */
    public Document toDocument() {
        return new Document(collection, id, newVersion(), body, attributes, auditHash);
    }
}
