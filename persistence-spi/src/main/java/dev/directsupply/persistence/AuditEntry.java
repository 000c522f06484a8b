package dev.directsupply.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a document's audit trail: who changed it, when, how, and a hash chain that makes
 * tampering evident. The store keeps entries as they are; the SDK computes and verifies the hashes.
 *
 * @param collection   the document's collection
 * @param documentId   the document's id
 * @param version      the document version this entry records
 * @param actorId      who made the change
 * @param action       the command that made it
 * @param occurredAt   when, from the writer's clock
 * @param detail       what changed, as JSON (event types, never secrets)
 * @param bodyHash     the hash of the document body written
 * @param previousHash the {@link #hash()} of the entry for the previous version, empty for the first
 * @param hash         this entry's hash over all the fields above
 */
public record AuditEntry(String collection, String documentId, long version, String actorId, String action,
                         Instant occurredAt, String detail, String bodyHash, String previousHash, String hash) {

    public AuditEntry {
        Names.collection(collection);
        Names.id(documentId);
        if (version < 1) {
            throw new IllegalArgumentException("an audit entry records version 1 or more but was " + version);
        }
        Names.required("actor id", actorId);
        Names.required("action", action);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(bodyHash, "bodyHash");
        previousHash = previousHash == null ? "" : previousHash;
        Names.required("hash", hash);
    }
}
