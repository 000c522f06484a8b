package dev.directsupply.persistence;

import java.util.Objects;

/**
 * One look-up of {@link DocumentStore#findEach}: the documents of a collection whose current version
 * has the attribute with exactly the value, as {@link DocumentStore#findBy} finds them.
 *
 * @param collection the collection looked in
 * @param attribute  the attribute's name
 * @param value      the attribute's value
 */
public record Lookup(String collection, String attribute, String value) {
    public Lookup {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }
}
