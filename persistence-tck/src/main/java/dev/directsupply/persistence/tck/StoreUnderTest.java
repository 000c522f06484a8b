package dev.directsupply.persistence.tck;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every contract needs: the store under test and a collection no other test uses, so an
 * adapter may run the kit against one shared database.
 */
public interface StoreUnderTest {

    /** The store under test, fresh for each test method. */
    DocumentStore store();

    /** A collection name of this test method alone. */
    String collection();

    Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A small JSON body; PostgreSQL's JSONB prints it back in this same form. */
    static String body(int counter) {
        return "{\"counter\": " + counter + "}";
    }

    /** The counter of a {@link #body(int)}, whatever whitespace the store put around it. */
    static int counter(String body) {
        String digits = body.replaceAll("[^0-9-]", "");
        return Integer.parseInt(digits);
    }

    /** JSON equality up to insignificant whitespace. */
    static String normalized(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    default void create(String id, int counter, Map<String, String> attributes) {
        store().write(WriteBatch.of(DocumentWrite.create(collection(), id, body(counter), attributes)));
    }

    default void update(String id, long expectedVersion, int counter, Map<String, String> attributes) {
        store().write(WriteBatch.of(
            DocumentWrite.update(collection(), id, expectedVersion, body(counter), attributes)));
    }

    default OutboxEvent event(String aggregateId, long version, String type) {
        return new OutboxEvent(UUID.randomUUID(), type, collection(), aggregateId, version, T0,
            "{\"type\": \"" + type + "\"}");
    }

    default AuditEntry auditEntry(String documentId, long version, String hash, String previousHash) {
        return new AuditEntry(collection(), documentId, version, "actor-1", "tck.write", T0,
            "{\"version\": " + version + "}", "body-hash-" + version, previousHash, hash);
    }

    /** The pending events of this test's collection, in the store's order. */
    default List<PendingEvent> pendingOfThisTest() {
        return store().pendingEvents(100_000).stream()
            .filter(e -> e.event().collection().equals(collection()))
            .toList();
    }
}
