package dev.directsupply.persistence;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored document: the current version of one aggregate.
 *
 * @param collection the kind of document ({@code customers}, {@code orders}, …)
 * @param id         its id, unique within the collection (case-sensitive)
 * @param version    1 for the first write, one more for each write after it
 * @param body       the aggregate's JSON
 * @param attributes the few values the document can be looked up by ({@link DocumentStore#findBy})
 * @param auditHash  the hash of the audit entry written with this version, or empty when the
 *                   write carried none; adapters store it as it is
 */
public record Document(String collection, String id, long version, String body,
                       Map<String, String> attributes, String auditHash) {

    /**
     * A document is what a store hands back, so it checks its structure only: its names and
     * attributes were checked by the {@link DocumentWrite} that stored it, and the TCK holds every
     * adapter to handing back what it was given.
     */
    public Document {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("a stored document has version 1 or more but was " + version);
        }
        Objects.requireNonNull(body, "body");
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
        auditHash = auditHash == null ? "" : auditHash;
    }

    /** The value of one indexed attribute, if the document has it. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
