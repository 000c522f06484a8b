package dev.directsupply.sdk.tamper;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import java.util.Map;
import java.util.UUID;

/**
 * What someone who can edit the database does, behind the SDK's back: the same edits in memory
 * (through a store that shows them) and in SQL on H2 and PostgreSQL (DS-7.2.1).
 */
interface Tampering extends AutoCloseable {

    /** The store the SDK runs on. */
    DocumentStore store();

    /** Puts the row back as given: an edited body, or an older row replayed, with its look-up index. */
    void putRow(Document row);

    /**
     * Writes a row as given — a new one, or over the one there with its version moved on — with its
     * look-up index, as an INSERT or UPDATE in the database would: a forged relay note, say.
     */
    void writeRow(String collection, String id, String body, Map<String, String> attributes);

    /** Changes one look-up value where the store's look-ups read it, leaving the body as it is. */
    void editIndex(String collection, String id, String attribute, String value);

    /** Deletes the document (a claim, say), leaving its trail. */
    void deleteDocument(String collection, String id);

    /** Deletes one audit entry. */
    void deleteEntry(String collection, String id, long version);

    /** Deletes the document's whole audit trail. */
    void deleteTrail(String collection, String id);

    /** Swaps the versions two audit entries are stored under. */
    void swapEntries(String collection, String id, long first, long second);

    /** Replaces a pending outbox event's payload. */
    void editPayload(UUID eventId, String payload);

    /**
     * Where a long trail is best written: the store itself in memory; a scratch store in memory for a
     * database, whose rows {@link #restore} then loads in a few batched statements.
     */
    default DocumentStore scratch() {
        return store();
    }

    /**
     * Loads a document, its audit trail and its pending events from the scratch store into the store,
     * row by row as they are, as a restore from a backup would; nothing to do when the scratch store is
     * the store.
     */
    default void restore(DocumentStore scratch, String collection, String id) {
    }

    /** Lets go of the database. */
    @Override
    default void close() {
    }
}
