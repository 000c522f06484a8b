package dev.directsupply.sdk.internal.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.persistence.Document;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Seals what the relay writes — ledgers and held deliveries — so that a note edited or forged in the
 * database is not trusted (DS-7.2.1). A note's body is its record's JSON plus a {@value #SEAL} member:
 * the audit seal's keyed digest (HMAC-SHA-256 with the host's audit key, SHA-256 without one) over the
 * collection, the document id, the look-up attributes and the record's JSON in {@link Json#canonical}
 * form, so a store that hands JSON back reformatted (PostgreSQL's JSONB) still matches, and a note copied
 * to another id, or with its look-ups changed, does not. The sealed text starts with its own magic line,
 * so no note's seal is ever a checkpoint's. Thread-safe.
 */
public final class SealedNotes {
    /** The member of a note's body that holds its seal. */
    public static final String SEAL = "seal";
    private static final String MAGIC = "directsupply-relay-note 1\n";
    private static final ObjectMapper MAPPER = Json.mapper();

    private final AuditSeal seal;

    public SealedNotes(AuditSeal seal) {
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /** How far a stored note can be trusted. */
    public enum Trust {
        /** Its seal matches: the relay wrote it so. */
        SEALED,
        /** It has no seal: written before notes were sealed, or its seal was stripped. */
        UNSEALED,
        /** Its seal does not match: edited, forged, or moved to another id. */
        BROKEN,
        /** It is not a note of the expected kind. */
        UNREADABLE
    }

    /**
     * A note as read.
     *
     * @param trust   how far it can be trusted
     * @param note    the record, or {@code null} when unreadable; not to be trusted unless sealed
     * @param problem what is wrong with it, in English, or {@code null} when sealed
     */
    public record Read<T>(Trust trust, T note, String problem) {
        public boolean trusted() {
            return trust == Trust.SEALED;
        }
    }

    /** The body to store for the note under the id, with its seal. */
    public String body(String collection, String id, Object note, Map<String, String> attributes) {
        ObjectNode tree = MAPPER.valueToTree(note);
        tree.remove(SEAL);
        String sealed = sealOf(collection, id, attributes, tree);
        tree.put(SEAL, sealed);
        return tree.toString();
    }

    /** The stored note, with how far it can be trusted. */
    public <T> Read<T> read(Document document, Class<T> type) {
        ObjectNode tree;
        T note;
        try {
            JsonNode parsed = MAPPER.readTree(document.body());
            if (!(parsed instanceof ObjectNode object)) {
                return new Read<>(Trust.UNREADABLE, null, "its body is not a JSON object");
            }
            tree = object;
            JsonNode stored = tree.remove(SEAL);
            note = MAPPER.treeToValue(tree, type);
            if (stored == null) {
                return new Read<>(Trust.UNSEALED, note, "it carries no seal (written before the relay sealed its "
                    + "notes, or its seal was stripped)");
            }
            String expected = sealOf(document.collection(), document.id(), document.attributes(), tree);
            if (!stored.isTextual() || !expected.equals(stored.textValue())) {
                return new Read<>(Trust.BROKEN, note, "its seal does not match its content: it was edited or forged");
            }
            return new Read<>(Trust.SEALED, note, null);
        } catch (JsonProcessingException | IllegalArgumentException | UncheckedIOException unreadable) {
            return new Read<>(Trust.UNREADABLE, null, "it cannot be read as a " + type.getSimpleName() + ": "
                + unreadable.getMessage());
        }
    }

    /**
     * The record in a stored body, seal or no seal, unchecked: for tests and tools that look at what the
     * relay wrote.
     */
    public static <T> T content(String body, Class<T> type) {
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(body);
            tree.remove(SEAL);
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }

    private String sealOf(String collection, String id, Map<String, String> attributes, JsonNode note) {
        ObjectNode sealed = MAPPER.createObjectNode();
        sealed.put("collection", collection);
        sealed.put("id", id);
        ObjectNode lookUps = sealed.putObject("attributes");
        new TreeMap<>(attributes).forEach(lookUps::put);
        sealed.set("note", note);
        return seal.checkpointSeal(MAGIC + Json.canonical(sealed.toString()));
    }
}
